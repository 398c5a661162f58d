package org.rassegna.nlp.kb.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rassegna.nlp.kb.AliasKeys;
import org.rassegna.nlp.kb.AliasKind;
import org.rassegna.nlp.kb.EntityKind;
import org.rassegna.nlp.kb.KbEntity;

/** Reads the project's hand-written tables (see {@code src/main/kb/README.md}). */
final class CuratedTables {
  /** Countries whose names put the family name first. */
  private static final Set<String> FAMILY_FIRST = Set.of("CHN", "PRK", "KOR", "VNM", "TWN");

  /** Offices whose holders own their surname in the news. */
  private static final Set<String> PROMINENT = Set.of("HOS", "HOG", "FM", "SPOKES");

  private CuratedTables() {}

  static Map<String, String> qids(Path tables) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String[] r : Tsv.rows(tables.resolve("countries.tsv"), 2)) {
      out.put(r[0], r[1]);
    }
    return out;
  }

  static void officials(KbDraft kb, Path tables) throws IOException {
    for (String[] r : Tsv.rows(tables.resolve("officials.tsv"), 8)) {
      KbEntity person =
          new KbEntity(
              r[0].equals("-") ? "person:" + AliasKeys.of(r[1]).replace(' ', '_') : r[0],
              opt(r[0]),
              EntityKind.PERSON,
              r[1],
              opt(r[2]),
              opt(r[3]),
              opt(r[4]),
              opt(r[5]),
              opt(r[6]));
      int e = kb.entity(person);
      kb.alias(e, r[1], AliasKind.NAME, "*");
      for (String a : r[7].split("\\|")) {
        if (!a.isBlank()) {
          kb.alias(e, a, AliasKind.NAME, "*");
        }
      }
      String[] tokens = r[1].split(" ");
      if (tokens.length > 1) {
        boolean familyFirst = FAMILY_FIRST.contains(r[2]);
        String surname = familyFirst ? tokens[0] : tokens[tokens.length - 1];
        boolean strong = PROMINENT.contains(r[4]) && surname.length() >= 5;
        kb.alias(e, surname, strong ? AliasKind.NAME : AliasKind.SURNAME, "*");
      }
    }
  }

  static void organisations(KbDraft kb, Path tables) throws IOException {
    for (String[] r : Tsv.rows(tables.resolve("organisations.tsv"), 3)) {
      String key = r[0].equals("-") ? "org:" + AliasKeys.of(r[1]).replace(' ', '_') : r[0];
      int e =
          kb.entity(
              new KbEntity(
                  key,
                  opt(r[0]),
                  EntityKind.ORGANIZATION,
                  r[1],
                  Optional.empty(),
                  Optional.of("international organisation"),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()));
      kb.alias(e, r[1], AliasKind.NAME, "*");
      for (String a : r[2].split("\\|")) {
        if (!a.isBlank()) {
          kb.alias(e, a, AliasKind.NAME, "*");
        }
      }
    }
  }

  /**
   * Armed groups, armed forces, territories and parties with their country; a territory is a place
   * (so a location mention links to it), the others organisations.
   */
  static void groups(KbDraft kb, Path tables) throws IOException {
    for (String[] r : Tsv.rows(tables.resolve("groups.tsv"), 5)) {
      boolean territory = r[3].equals("territory");
      int e =
          kb.entity(
              new KbEntity(
                  r[0],
                  Optional.empty(),
                  territory ? EntityKind.COUNTRY : EntityKind.ORGANIZATION,
                  r[1],
                  Optional.of(r[2]),
                  Optional.of(r[3]),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()));
      kb.alias(e, r[1], AliasKind.NAME, "*");
      for (String a : r[4].split("\\|")) {
        if (!a.isBlank()) {
          kb.alias(e, a, AliasKind.NAME, "*");
        }
      }
    }
  }

  /** Government seats and capitals; a country target stands for that state's government. */
  static void metonyms(KbDraft kb, Path tables) throws IOException {
    for (String[] r : Tsv.rows(tables.resolve("metonyms.tsv"), 4)) {
      AliasKind kind = r[2].equals("capital") ? AliasKind.CAPITAL : AliasKind.SEAT;
      int e = r[0].startsWith("Q") ? existing(kb, r[0]) : government(kb, r[0]);
      kb.alias(e, r[3], kind, r[1]);
    }
  }

  static void demonyms(KbDraft kb, Path tables) throws IOException {
    for (String[] r : Tsv.rows(tables.resolve("demonyms.tsv"), 3)) {
      int e = existing(kb, "iso:" + r[0]);
      for (String form : WordForms.expand(r[2], r[1])) {
        kb.alias(e, form, AliasKind.DEMONYM, r[1]);
      }
    }
  }

  private static int government(KbDraft kb, String iso3) {
    KbEntity country = kb.get(existing(kb, "iso:" + iso3));
    return kb.entity(
        new KbEntity(
            "gov:" + iso3,
            Optional.empty(),
            EntityKind.GOVERNMENT,
            "Government of " + country.name(),
            Optional.of(iso3),
            Optional.of("government"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
  }

  private static int existing(KbDraft kb, String key) {
    return kb.find(key)
        .orElseThrow(() -> new IllegalArgumentException("table names unknown entity " + key));
  }

  private static Optional<String> opt(String cell) {
    return cell.isBlank() || cell.equals("-") ? Optional.empty() : Optional.of(cell.strip());
  }
}
