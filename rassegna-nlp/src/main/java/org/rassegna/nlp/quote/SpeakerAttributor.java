package org.rassegna.nlp.quote;

import java.util.List;
import java.util.Optional;

/**
 * Chooses the speaker of each candidate, given all of an article's candidates in body order (a
 * speaker may be carried over from an earlier quote). Replaceable by a trained ranker over the same
 * input.
 */
@FunctionalInterface
public interface SpeakerAttributor {
  /** One entry per candidate, in the same order; empty when the text names no speaker. */
  List<Optional<Speaker>> attribute(QuoteInput input, List<QuoteCandidate> candidates);
}
