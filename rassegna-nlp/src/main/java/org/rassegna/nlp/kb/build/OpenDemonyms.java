package org.rassegna.nlp.kb.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.rassegna.nlp.kb.AliasKind;

/**
 * Adds the English and French demonyms of mledoze/countries (masculine and feminine, with their
 * plurals) to each country the hand-written {@code demonyms.tsv} gives none in that language. A
 * form two countries share ("Congolese", "Dominican") or that the table gives to a country is left
 * out, because the text alone cannot say which country it means.
 */
final class OpenDemonyms {
  private static final Map<String, String> LANGS = Map.of("eng", "en", "fra", "fr");

  private OpenDemonyms() {}

  static void add(KbDraft kb, Path shared, Path tables) throws IOException {
    Set<String> covered = new HashSet<>();
    Set<String> taken = new HashSet<>();
    for (String[] r : Tsv.rows(tables.resolve("demonyms.tsv"), 3)) {
      covered.add(r[0] + "\t" + r[1]);
      for (String form : WordForms.expand(r[2], r[1])) {
        taken.add(r[1] + "\t" + form.toLowerCase(Locale.ROOT));
      }
    }
    Map<String, List<String>> byCountry = new LinkedHashMap<>();
    Map<String, Set<String>> owners = new HashMap<>();
    for (JsonNode c : read(shared)) {
      String iso3 = c.path("cca3").asText();
      for (Map.Entry<String, String> l : LANGS.entrySet()) {
        List<String> forms = forms(c.path("demonyms").path(l.getKey()), l.getValue());
        byCountry.put(iso3 + "\t" + l.getValue(), forms);
        for (String form : forms) {
          owners.computeIfAbsent(key(l.getValue(), form), k -> new HashSet<>()).add(iso3);
        }
      }
    }
    for (Map.Entry<String, List<String>> c : byCountry.entrySet()) {
      String[] isoLang = c.getKey().split("\t");
      if (covered.contains(c.getKey()) || kb.find("iso:" + isoLang[0]).isEmpty()) {
        continue;
      }
      int e = kb.find("iso:" + isoLang[0]).orElseThrow();
      for (String form : c.getValue()) {
        String k = key(isoLang[1], form);
        if (!taken.contains(k) && owners.get(k).size() == 1) {
          kb.alias(e, form, AliasKind.DEMONYM, isoLang[1]);
        }
      }
    }
  }

  /** The forms of one language's entry: each listed form and its plural, French in lower case. */
  static List<String> forms(JsonNode entry, String lang) {
    List<String> out = new ArrayList<>();
    for (String gender : List.of("m", "f")) {
      for (String raw : entry.path(gender).asText().split(",| or ")) {
        String form = lang.equals("fr") ? raw.strip().toLowerCase(Locale.FRENCH) : raw.strip();
        // "Antiguaise et barbudien", "Wallis and Futuna Islander": a pair of two places, no one
        // form
        if (form.isEmpty() || form.contains(" et ") || form.contains(" and ")) {
          continue;
        }
        for (String f : List.of(form, plural(form, lang))) {
          if (!out.contains(f)) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  private static String plural(String form, String lang) {
    List<String> invariable =
        lang.equals("fr")
            ? List.of("s", "x")
            : List.of("ese", "s", "sh", "ch", "x", "z", "ic", "sy");
    return invariable.stream().anyMatch(form::endsWith) ? form : form + "s";
  }

  private static String key(String lang, String form) {
    return lang + "\t" + form.toLowerCase(Locale.ROOT);
  }

  private static JsonNode read(Path shared) throws IOException {
    Path file = shared.resolve("data/kb/mledoze-countries/countries.json.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new ObjectMapper().readTree(in);
    }
  }
}
