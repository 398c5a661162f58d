package org.rassegna.store.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * The source or target of a stored event, flattened into the {@code source_…} and {@code target_…}
 * columns of {@code events}.
 *
 * @param entityId knowledge-base id when the actor is a linked entity
 * @param name canonical name, or the surface form when unlinked
 * @param country ISO 3166-1 alpha-3 code
 * @param sector CAMEO/PLOVER sector code ({@code GOV}, {@code MIL}, …)
 */
public record StoredActor(
    Optional<String> entityId, String name, Optional<String> country, Optional<String> sector) {

  public StoredActor {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
  }
}
