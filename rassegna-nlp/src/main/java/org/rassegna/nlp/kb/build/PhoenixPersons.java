package org.rassegna.nlp.kb.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rassegna.nlp.kb.AliasKeys;
import org.rassegna.nlp.kb.AliasKind;
import org.rassegna.nlp.kb.EntityKind;
import org.rassegna.nlp.kb.KbEntity;

/**
 * Adds the persons of the PETRARCH2/Phoenix country actor dictionary (entries the dictionary marks
 * as coming from CountryInfo) that held a coded role in 2010 or later. The CAMEO code gives the
 * country (first three letters) and the sector (next three) used as role. A person whose name is
 * already a curated official adds its spellings to that official instead of a second entry.
 *
 * <p>Format (see {@code dictionaries-format-doc.rst}): an entry line, {@code +} lines for synonyms,
 * and codes in brackets with optional date windows {@code [RUSGOV 991231-080507]}, open ones as
 * {@code [RUSGOV >080508]}.
 */
final class PhoenixPersons {
  private static final Pattern CODE =
      Pattern.compile("\\[([A-Z]{3})([A-Z]*)(?:\\s+([<>]?)(\\d{6})(?:-(\\d{6}))?)?\\s*\\]");
  private static final int SINCE_YEAR = 2010;
  private static final Map<String, String> SECTORS =
      Map.ofEntries(
          Map.entry("GOV", "government"),
          Map.entry("MIL", "military"),
          Map.entry("ELI", "elite"),
          Map.entry("LEG", "legislature"),
          Map.entry("JUD", "judiciary"),
          Map.entry("OPP", "opposition"),
          Map.entry("BUS", "business"),
          Map.entry("MED", "media"),
          Map.entry("REB", "rebels"),
          Map.entry("COP", "police"),
          Map.entry("SPY", "intelligence"),
          Map.entry("EDU", "education"),
          Map.entry("REL", "religion"),
          Map.entry("CVL", "civil society"),
          Map.entry("LAB", "labour"),
          Map.entry("PTY", "party"));

  private PhoenixPersons() {}

  /** Adds persons; returns how many entries were read as persons. */
  static int add(KbDraft kb, Path shared, Set<String> countries) throws IOException {
    Path file = shared.resolve("data/kb/petrarch2/Phoenix.Countries.actors.txt");
    List<String> block = new ArrayList<>();
    int persons = 0;
    for (String line : Tsv.lines(file)) {
      boolean starts =
          !line.isBlank()
              && !line.startsWith("+")
              && !line.startsWith("#")
              && !Character.isWhitespace(line.charAt(0))
              && !line.startsWith("[");
      if (starts && !block.isEmpty()) {
        persons += addBlock(kb, block, countries) ? 1 : 0;
        block.clear();
      }
      if (!line.isBlank() && !line.startsWith("#")) {
        block.add(line);
      }
    }
    persons += addBlock(kb, block, countries) ? 1 : 0;
    return persons;
  }

  private static boolean addBlock(KbDraft kb, List<String> block, Set<String> countries) {
    if (block.isEmpty() || block.stream().noneMatch(l -> l.contains("CountryInfo"))) {
      return false;
    }
    String country = null;
    String sector = null;
    boolean recent = false;
    List<String> names = new ArrayList<>();
    for (String line : block) {
      Matcher m = CODE.matcher(line);
      while (m.find()) {
        boolean open = ">".equals(m.group(3));
        String end = m.group(5);
        boolean window = open || (end != null && year(end) >= SINCE_YEAR);
        if (window && countries.contains(m.group(1))) {
          recent = true;
          country = m.group(1);
          sector = m.group(2).length() >= 3 ? m.group(2).substring(0, 3) : sector;
        }
      }
      String name = clean(line);
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    if (!recent || names.isEmpty()) {
      return false;
    }
    int e = entityFor(kb, names, country, sector);
    for (String n : names) {
      kb.alias(e, n, AliasKeys.length(n) == 1 ? AliasKind.SURNAME : AliasKind.NAME, "*");
    }
    return true;
  }

  private static int entityFor(KbDraft kb, List<String> names, String country, String sector) {
    for (String n : names) {
      Optional<Integer> curated = kb.personNamed(n);
      if (curated.isPresent()) {
        return curated.get();
      }
    }
    String primary = names.get(0);
    return kb.entity(
        new KbEntity(
            "phx:" + primary.toUpperCase(Locale.ROOT).replace(' ', '_'),
            Optional.empty(),
            EntityKind.PERSON,
            primary,
            Optional.of(country),
            Optional.ofNullable(sector).map(s -> SECTORS.getOrDefault(s, s)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
  }

  /** The name on a line in title case: code, comment, '+' and underscores removed. */
  private static String clean(String line) {
    String s = line.startsWith("+") ? line.substring(1) : line;
    int cut = s.length();
    for (char c : new char[] {'#', '['}) {
      int i = s.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    s = s.substring(0, cut).replace('_', ' ').strip();
    StringBuilder sb = new StringBuilder(s.length());
    boolean startOfWord = true;
    for (char c : s.toCharArray()) {
      sb.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
      startOfWord = c == ' ' || c == '-' || c == '.';
    }
    return sb.toString().replaceAll("\\s+", " ");
  }

  private static int year(String yymmdd) {
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    return yy < 50 ? 2000 + yy : 1900 + yy;
  }
}
