package org.rassegna.nlp.kb.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rassegna.nlp.kb.AliasKind;
import org.rassegna.nlp.kb.EntityKind;
import org.rassegna.nlp.kb.KbEntity;

/**
 * Adds the international organisations of Supraverden's {@code general_list.yaml} that carry a
 * Wikidata id, with their names and abbreviations in the supported languages. The file is a flat
 * two-level YAML map, so a line reader suffices: a body's title at column 0, its fields indented.
 * Abbreviations under three letters are skipped: too many collide with ordinary words.
 */
final class Supraverden {
  private Supraverden() {}

  static int add(KbDraft kb, Path shared, Set<String> langs) throws IOException {
    Path file = shared.resolve("data/kb/supraverden-igo/general_list.yaml.gz");
    List<String[]> fields = new ArrayList<>();
    String title = null;
    int added = 0;
    for (String line : Tsv.lines(file)) {
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.endsWith(":")) {
        added += flush(kb, title, fields, langs);
        title = line.substring(0, line.length() - 1);
        fields.clear();
      } else if (line.startsWith("  ") && !line.startsWith("   ") && line.indexOf(": ") > 0) {
        int colon = line.indexOf(": ");
        fields.add(new String[] {line.substring(2, colon), unquote(line.substring(colon + 2))});
      }
    }
    return added + flush(kb, title, fields, langs);
  }

  private static int flush(KbDraft kb, String title, List<String[]> fields, Set<String> langs) {
    String qid = value(fields, "Wikidata_code");
    if (title == null || qid == null || !qid.matches("Q\\d+")) {
      return 0;
    }
    String name = value(fields, "Name_en");
    int e =
        kb.entity(
            new KbEntity(
                qid,
                Optional.of(qid),
                EntityKind.ORGANIZATION,
                name == null ? title : name,
                Optional.empty(),
                Optional.of("international organisation"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    for (String[] f : fields) {
      String lang = f[0].substring(f[0].lastIndexOf('_') + 1);
      if (!langs.contains(lang) || f[1].equals("null") || f[1].isBlank()) {
        continue;
      }
      if (f[0].startsWith("Name_")) {
        kb.alias(e, f[1], AliasKind.NAME, "*");
      } else if (f[0].startsWith("Abbreviation_") && f[1].length() >= 3 && f[1].length() <= 8) {
        kb.alias(e, f[1], AliasKind.NAME, "*");
      }
    }
    return 1;
  }

  private static String value(List<String[]> fields, String key) {
    for (String[] f : fields) {
      if (f[0].equals(key)) {
        return f[1];
      }
    }
    return null;
  }

  private static String unquote(String v) {
    String s = v.strip();
    if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1).replace("''", "'");
    }
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
