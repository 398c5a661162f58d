package org.rassegna.nlp.link;

import java.util.Map;
import java.util.Set;

/**
 * Per-language words that tie a demonym or a capital to a role: office nouns ("presidente",
 * "Kanzler") that make "il presidente russo" the Russian head of state, and locative prepositions
 * ("a", "in", "nach") that make "a Mosca" a place rather than the Russian government.
 */
final class RoleWords {
  /** Office noun keys (see {@code AliasKeys}) to office codes of {@code officials.tsv}. */
  static final Map<String, String> OFFICES =
      Map.ofEntries(
          Map.entry("presidente", "HOS"),
          Map.entry("president", "HOS"),
          Map.entry("praesident", "HOS"),
          Map.entry("prasident", "HOS"),
          Map.entry("президент", "HOS"),
          Map.entry("capo dello stato", "HOS"),
          Map.entry("head of state", "HOS"),
          Map.entry("premier", "HOG"),
          Map.entry("primo ministro", "HOG"),
          Map.entry("prime minister", "HOG"),
          Map.entry("premier ministre", "HOG"),
          Map.entry("primer ministro", "HOG"),
          Map.entry("primeiro ministro", "HOG"),
          Map.entry("primeiro-ministro", "HOG"),
          Map.entry("premierminister", "HOG"),
          Map.entry("ministerprasident", "HOG"),
          Map.entry("cancelliere", "HOG"),
          Map.entry("chancellor", "HOG"),
          Map.entry("kanzler", "HOG"),
          Map.entry("bundeskanzler", "HOG"),
          Map.entry("canciller", "HOG"),
          Map.entry("chancelier", "HOG"),
          Map.entry("chanceler", "HOG"),
          Map.entry("премьер", "HOG"),
          Map.entry("премьер-министр", "HOG"),
          Map.entry("ministro degli esteri", "FM"),
          Map.entry("foreign minister", "FM"),
          Map.entry("ministro de exteriores", "FM"),
          Map.entry("ministre des affaires etrangeres", "FM"),
          Map.entry("aussenminister", "FM"),
          Map.entry("außenminister", "FM"),
          Map.entry("глава мид", "FM"));

  /** Prepositions after which a capital is a place. */
  static final Map<String, Set<String>> LOCATIVES =
      Map.of(
          "it",
              Set.of(
                  "a", "in", "da", "per", "verso", "tra", "fra", "sull'", "nell'", "all'", "dall'"),
          "en", Set.of("in", "to", "from", "at", "near", "into"),
          "es", Set.of("en", "a", "desde", "hacia", "hasta"),
          "fr", Set.of("a", "à", "en", "vers", "depuis"),
          "de", Set.of("in", "nach", "aus", "von", "bei"),
          "pt", Set.of("em", "a", "para", "no", "na"),
          "ru", Set.of("в", "во", "из", "до", "к", "под"));

  /** The longest office phrase has this many tokens. */
  static final int MAX_OFFICE_TOKENS = 4;

  private RoleWords() {}
}
