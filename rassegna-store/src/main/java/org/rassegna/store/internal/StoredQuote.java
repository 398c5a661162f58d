package org.rassegna.store.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * One quote as the corpus stores it: a row of {@code quotes}. The speaker is flattened to its id
 * and name, which is all that filters, facets and joins to {@code entities} need.
 *
 * @param text what was said; the quoted parts joined by one space when the attribution splits it
 * @param start first quoted character in the article text
 * @param end the character after the last quoted one
 * @param direct true for the speaker's own words, false for reported speech
 * @param speakerEntityId knowledge-base id of the speaker when it is a linked entity
 * @param speakerName the speaker's canonical name or the description the text gives
 * @param verb the reporting verb as written
 * @param sentence index of the sentence the quote starts in; empty when there are no sentences
 */
public record StoredQuote(
    String text,
    int start,
    int end,
    boolean direct,
    Optional<String> speakerEntityId,
    Optional<String> speakerName,
    Optional<String> verb,
    Optional<Integer> sentence) {

  public StoredQuote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speakerEntityId, "speakerEntityId");
    Objects.requireNonNull(speakerName, "speakerName");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(sentence, "sentence");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span [" + start + "," + end + ")");
    }
  }
}
