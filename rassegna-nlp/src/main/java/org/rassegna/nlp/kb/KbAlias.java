package org.rassegna.nlp.kb;

import java.util.Objects;

/**
 * A surface form of an entry.
 *
 * @param entity index of the entry in {@link KnowledgeBase#entities()}
 * @param language ISO 639-1 code the form belongs to, or {@code *} for any
 */
public record KbAlias(String text, int entity, AliasKind kind, String language) {
  public KbAlias {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    if (text.isBlank() || entity < 0) {
      throw new IllegalArgumentException("bad alias '" + text + "' of entity " + entity);
    }
  }
}
