package org.rassegna.nlp.quote;

import java.util.List;

/**
 * One way of finding quotations in a body: quote marks, reporting verbs, or later a trained
 * classifier. A finder does not choose speakers; it says where the link to the speaker is written.
 * Implementations never throw on odd text and run in time linear in the body.
 */
@FunctionalInterface
public interface QuoteFinder {
  /** Candidates in body order. */
  List<QuoteCandidate> find(QuoteInput input);
}
