package org.rassegna.nlp.event;

import java.util.Objects;
import java.util.Optional;

/**
 * The source or target of an event: a linked entity of the article as an actor.
 *
 * @param entityId the knowledge-base id of the entity; empty when the entity is not linked
 * @param name the entity's canonical name, or its surface form when not linked
 * @param country ISO 3166-1 alpha-3 code
 * @param sector PLOVER/CAMEO sector code such as {@code GOV}, {@code MIL}, {@code COP}, {@code
 *     IGO}, {@code REB}
 * @param start start of the mention that names the actor in this event's sentence
 * @param end end of that mention
 */
public record EventActor(
    Optional<String> entityId,
    String name,
    Optional<String> country,
    Optional<String> sector,
    int start,
    int end) {

  public EventActor {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad actor span [" + start + "," + end + ")");
    }
  }
}
