package org.rassegna.extract.date;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Month names and abbreviations of the languages we read, taken from the JDK's locale data (full,
 * stand-alone and short forms, so Russian and Polish genitives such as "января" are included) plus
 * the first three and four letters of each full name, which is how most sites abbreviate. Words are
 * compared without case or accents. A word that names different months in two languages is left out
 * rather than guessed.
 */
final class MonthNames {
  private static final List<Locale> LOCALES =
      List.of(
          Locale.ENGLISH,
          Locale.ITALIAN,
          Locale.forLanguageTag("es"),
          Locale.FRENCH,
          Locale.GERMAN,
          Locale.forLanguageTag("de-AT"),
          Locale.forLanguageTag("pt"),
          Locale.forLanguageTag("ru"),
          Locale.forLanguageTag("nl"),
          Locale.forLanguageTag("pl"),
          Locale.forLanguageTag("ro"),
          Locale.forLanguageTag("cs"),
          Locale.forLanguageTag("sv"),
          Locale.forLanguageTag("da"),
          Locale.forLanguageTag("nb"),
          Locale.forLanguageTag("tr"),
          Locale.forLanguageTag("uk"),
          Locale.forLanguageTag("hu"));
  private static final List<TextStyle> STYLES =
      List.of(
          TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE);
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Map<String, Integer> MONTHS = build();

  private MonthNames() {}

  /** The month (1-12) that {@code word} names, in any of the languages. */
  static OptionalInt month(String word) {
    Integer m = MONTHS.get(normalise(word));
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }

  /** Lower case, accents removed, a trailing abbreviation dot dropped. */
  static String normalise(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) > 0x7F) {
        return MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return w;
  }

  private static Map<String, Integer> build() {
    Map<String, Integer> months = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Locale locale : LOCALES) {
      for (Month month : Month.values()) {
        String full = normalise(month.getDisplayName(TextStyle.FULL_STANDALONE, locale));
        for (TextStyle style : STYLES) {
          add(months, ambiguous, normalise(month.getDisplayName(style, locale)), month);
        }
        for (int n = 3; n <= 4 && n < full.length(); n++) {
          add(months, ambiguous, full.substring(0, n), month);
        }
      }
    }
    ambiguous.forEach(months::remove);
    return Map.copyOf(months);
  }

  private static void add(Map<String, Integer> months, Set<String> ambiguous, String w, Month m) {
    if (w.length() < 3 || !w.chars().allMatch(Character::isLetter)) {
      return;
    }
    Integer before = months.putIfAbsent(w, m.getValue());
    if (before != null && before != m.getValue()) {
      ambiguous.add(w);
    }
  }
}
