package org.rassegna.nlp.kb.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.rassegna.nlp.kb.AliasKind;
import org.rassegna.nlp.kb.EntityKind;
import org.rassegna.nlp.kb.KbEntity;

/**
 * Adds one entity per country of mledoze/countries with names from three sources: mledoze's own
 * names and translations, the JDK's CLDR display names in every supported language, and the
 * Wikidata labels and aliases of {@code country-aliases-wikidata} (noisy: forms under three letters
 * and a few colloquial ones are left out).
 */
final class Countries {
  private static final Map<String, String> MLEDOZE_LANGS =
      Map.of(
          "ita", "it", "spa", "es", "fra", "fr", "deu", "de", "por", "pt", "rus", "ru", "nld", "nl",
          "pol", "pl");
  private static final Set<String> NOISY = Set.of("states", "the states", "les etats", "america");

  private Countries() {}

  /** Adds countries; returns ISO alpha-3 → alpha-2 of those added. */
  static Map<String, String> add(
      KbDraft kb, Path shared, Map<String, String> qids, List<String> langs) throws IOException {
    JsonNode all;
    Path file = shared.resolve("data/kb/mledoze-countries/countries.json.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      all = new ObjectMapper().readTree(in);
    }
    Map<String, String> iso2 = new HashMap<>();
    for (JsonNode c : all) {
      String cca3 = c.path("cca3").asText();
      String cca2 = c.path("cca2").asText();
      String name = c.path("name").path("common").asText();
      int e = kb.entity(country(cca3, name, Optional.ofNullable(qids.get(cca3))));
      iso2.put(cca3, cca2);
      kb.alias(e, name, AliasKind.NAME, "en");
      kb.alias(e, c.path("name").path("official").asText(), AliasKind.NAME, "en");
      for (String lang : langs) {
        String cldr = new Locale("", cca2).getDisplayCountry(new Locale(lang));
        if (!cldr.equalsIgnoreCase(cca2)) {
          kb.alias(e, cldr, AliasKind.NAME, lang);
        }
      }
      c.path("translations")
          .fields()
          .forEachRemaining(
              t -> {
                String lang = MLEDOZE_LANGS.get(t.getKey());
                if (lang != null) {
                  kb.alias(e, t.getValue().path("common").asText(), AliasKind.NAME, lang);
                  kb.alias(e, t.getValue().path("official").asText(), AliasKind.NAME, lang);
                }
              });
      for (JsonNode alt : c.path("altSpellings")) {
        if (alt.asText().length() >= 3) {
          kb.alias(e, alt.asText(), AliasKind.NAME, "*");
        }
      }
    }
    addWikidata(kb, shared, Set.copyOf(langs));
    return iso2;
  }

  static KbEntity country(String iso3, String name, Optional<String> qid) {
    return new KbEntity(
        "iso:" + iso3,
        qid,
        EntityKind.COUNTRY,
        name,
        Optional.of(iso3),
        Optional.of("country"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static void addWikidata(KbDraft kb, Path shared, Set<String> langs) throws IOException {
    Path file = shared.resolve("data/kb/country-aliases-wikidata/country_aliases.csv.gz");
    for (String line : Tsv.lines(file)) {
      String[] f = line.split(",", 6);
      if (f.length < 6 || !langs.contains(f[2])) {
        continue;
      }
      String label = f[4].strip();
      Optional<Integer> e = kb.find("iso:" + f[0]);
      if (e.isEmpty() || !usable(label, f[1])) {
        continue;
      }
      kb.alias(e.get(), label, AliasKind.NAME, f[2]);
    }
  }

  private static boolean usable(String label, String iso2) {
    long letters = label.codePoints().filter(Character::isLetter).count();
    if (letters < 2 || NOISY.contains(label.toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean upper = label.equals(label.toUpperCase(Locale.ROOT));
    return letters >= 3 || (upper && !label.equalsIgnoreCase(iso2)) || label.equals("US");
  }
}
