package org.rassegna.nlp.event;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The casualty report: "27 palestinesi sono morti a causa di un raid aereo israeliano", "ten people
 * were killed in an Israeli airstrike", "tués dans une frappe", "murieron en un ataque". News tells
 * most attacks this way, naming the attack in a prepositional phrase after the dead and wounded;
 * the phrase then asserts the attack rather than recalling a background one, and the victims before
 * the casualty word are its target.
 *
 * <p>Casualty words are pooled over the languages (keys: lower case, no accents), like the passive
 * auxiliaries: they hardly collide across languages.
 */
final class Casualties {
  /** The casualty word stands at most this many words before the given position. */
  private static final int REACH = 6;

  private static final Set<String> WORDS =
      Set.of(
          "killed",
          "died",
          "dead",
          "wounded",
          "injured",
          "morti",
          "morto",
          "morta",
          "uccisi",
          "ucciso",
          "uccisa",
          "uccise",
          "feriti",
          "ferito",
          "ferita",
          "ferite",
          "deceduti",
          "tues",
          "tuees",
          "tue",
          "tuee",
          "morts",
          "mort",
          "mortes",
          "blesses",
          "blessees",
          "blesse",
          "blessee",
          "muertos",
          "muerto",
          "muerta",
          "muertas",
          "murieron",
          "murio",
          "fallecieron",
          "fallecidos",
          "heridos",
          "herido",
          "heridas",
          "getotet",
          "verletzt",
          "mortos",
          "morreram",
          "feridos");

  private Casualties() {}

  /**
   * The index of the nearest casualty word at most {@value #REACH} words before {@code position}
   * (the preposition of an attack noun, or the noun itself), if any.
   */
  static OptionalInt before(List<String> keys, int position) {
    for (int i = position - 1; i >= Math.max(0, position - REACH); i--) {
      if (WORDS.contains(keys.get(i))) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }
}
