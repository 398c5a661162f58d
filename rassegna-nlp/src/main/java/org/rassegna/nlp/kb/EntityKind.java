package org.rassegna.nlp.kb;

import org.rassegna.nlp.EntityType;

/** What a knowledge-base entry stands for; each kind has one named-entity type. */
public enum EntityKind {
  COUNTRY(EntityType.LOCATION),
  GOVERNMENT(EntityType.ORGANIZATION),
  ORGANIZATION(EntityType.ORGANIZATION),
  PERSON(EntityType.PERSON);

  private final EntityType type;

  EntityKind(EntityType type) {
    this.type = type;
  }

  public EntityType type() {
    return type;
  }
}
