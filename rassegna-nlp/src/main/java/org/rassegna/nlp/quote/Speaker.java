package org.rassegna.nlp.quote;

import java.util.Objects;
import java.util.Optional;

/**
 * Who said a quote: an entity of the article (its knowledge-base id when linked, its name) or a
 * description the text gives ("the spokesperson", "il ministero degli Esteri russo").
 *
 * @param entityId the knowledge-base id of the speaker's entity; empty when unlinked or not an
 *     entity
 * @param name the entity's canonical name, or the words of the description
 * @param start offset of the words that name the speaker at this quote (the pronoun or description
 *     when the speaker was found through coreference)
 * @param end end of those words
 */
public record Speaker(Optional<String> entityId, String name, int start, int end) {
  public Speaker {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("speaker name is blank");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad speaker span [" + start + "," + end + ")");
    }
  }
}
