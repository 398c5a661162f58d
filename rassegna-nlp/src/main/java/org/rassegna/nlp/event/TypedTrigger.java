package org.rassegna.nlp.event;

import java.util.Objects;

/** A trigger hit with the event type it gives once intent words are read. */
public record TypedTrigger(TriggerHit hit, PloverType type) {
  public TypedTrigger {
    Objects.requireNonNull(hit, "hit");
    Objects.requireNonNull(type, "type");
  }
}
