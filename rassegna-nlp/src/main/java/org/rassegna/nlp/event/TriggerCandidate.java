package org.rassegna.nlp.event;

import java.util.List;
import java.util.Objects;

/**
 * A trigger of a sentence as the type model sees it: the hit, the type the lexicon and the intent
 * rule give it, and the features the model scores.
 */
public record TriggerCandidate(TriggerHit hit, PloverType lexiconType, List<String> features) {
  public TriggerCandidate {
    Objects.requireNonNull(hit, "hit");
    Objects.requireNonNull(lexiconType, "lexiconType");
    features = List.copyOf(features);
  }
}
