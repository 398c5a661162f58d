package org.rassegna.nlp.event;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sixteen PLOVER event types, from cooperation (AGREE) to violence (ASSAULT).
 *
 * <p>{@link #parse} also reads the names of PLOVER 0.5 (FIGHT, DEMAND, DISAPPROVE, INVESTIGATE,
 * YIELD), which older gold data use, so every data set is scored on the current set.
 */
public enum PloverType {
  AGREE,
  CONSULT,
  SUPPORT,
  CONCEDE,
  COOPERATE,
  AID,
  RETREAT,
  REQUEST,
  ACCUSE,
  REJECT,
  THREATEN,
  PROTEST,
  SANCTION,
  MOBILIZE,
  COERCE,
  ASSAULT;

  /** PLOVER 0.5 names and the current type that took their place. */
  private static final Map<String, PloverType> LEGACY =
      Map.of(
          "FIGHT", ASSAULT,
          "DEMAND", REQUEST,
          "DISAPPROVE", ACCUSE,
          "INVESTIGATE", ACCUSE,
          "YIELD", CONCEDE);

  /** The type for a current or legacy name, any case; empty for anything else. */
  public static Optional<PloverType> parse(String name) {
    String key = name.trim().toUpperCase(Locale.ROOT);
    PloverType legacy = LEGACY.get(key);
    if (legacy != null) {
      return Optional.of(legacy);
    }
    for (PloverType t : values()) {
      if (t.name().equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
