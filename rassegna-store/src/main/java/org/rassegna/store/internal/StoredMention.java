package org.rassegna.store.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * One mention of an entity as the corpus stores it: a row of {@code mentions}, carrying the
 * entity's own fields too, so that the index can be rebuilt from the mention rows alone.
 *
 * @param entityId knowledge-base id (a Wikidata QID where known); empty for an unlinked entity
 * @param entityName the canonical name, or for an unlinked entity the surface form it was first
 *     found under
 * @param entityType {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code MISC}
 * @param country ISO 3166-1 alpha-3 code of a linked entity
 * @param role a linked entity's role in the knowledge base
 * @param start first character of the mention in the article text
 * @param end the character after the mention
 * @param text the mention as written
 * @param sentence index of the sentence the mention starts in; empty when there are no sentences
 */
public record StoredMention(
    Optional<String> entityId,
    String entityName,
    String entityType,
    Optional<String> country,
    Optional<String> role,
    int start,
    int end,
    String text,
    Optional<Integer> sentence) {

  public StoredMention {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(entityName, "entityName");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span [" + start + "," + end + ")");
    }
  }

  /** What the entity is known by in filters and facets: its id when linked, else its name. */
  public String entityKey() {
    return entityId.orElse(entityName);
  }
}
