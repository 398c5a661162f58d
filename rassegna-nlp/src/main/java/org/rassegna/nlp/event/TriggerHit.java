package org.rassegna.nlp.event;

import java.util.Objects;

/**
 * A lexicon entry found in a sentence: token indexes {@code [first, last]} into the sentence's
 * token list.
 *
 * @param nominal the trigger is used as a noun: a nominal entry, or a verbal one right after an
 *     article or possessive ("la amenaza", "the attack", "seine Drohung")
 */
public record TriggerHit(TriggerEntry entry, int first, int last, boolean nominal) {
  public TriggerHit {
    Objects.requireNonNull(entry, "entry");
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("bad hit tokens [" + first + "," + last + "]");
    }
  }
}
