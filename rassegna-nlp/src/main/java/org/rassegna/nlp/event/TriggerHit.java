package org.rassegna.nlp.event;

import java.util.Objects;

/**
 * A lexicon entry found in a sentence: token indexes {@code [first, last]} into the sentence's
 * token list.
 */
public record TriggerHit(TriggerEntry entry, int first, int last) {
  public TriggerHit {
    Objects.requireNonNull(entry, "entry");
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("bad hit tokens [" + first + "," + last + "]");
    }
  }
}
