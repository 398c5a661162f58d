package org.rassegna.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One actor of an article with every mention of it. A linked entity carries the knowledge-base id
 * (a Wikidata QID where known, else a project id), its canonical name, country and role; an
 * unlinked one keeps the surface form of its first mention as name and the tagger's type.
 *
 * @param country ISO 3166-1 alpha-3 code
 */
public record LinkedEntity(
    Optional<String> id,
    String name,
    EntityType type,
    Optional<String> country,
    Optional<String> role,
    List<EntityMention> mentions) {

  public LinkedEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(role, "role");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity '" + name + "' has no mentions");
    }
  }

  public boolean linked() {
    return id.isPresent();
  }
}
