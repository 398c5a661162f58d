package org.rassegna.extract.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names out of byline text: strips the byline word ("By", "di", "Por", "Par", "Von")
 * and labels ("Published", "Updated"), splits co-authors, and keeps only what looks like a name: a
 * few words, mostly capitalised, no digits, no sentence.
 */
public final class Bylines {
  private static final int MAX_NAME_WORDS = 8;

  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:(?i:written by|posted by|a cura di|by|di|por|par|von|de|da|door|av|from|autore|"
              + "author|autor|auteur)\\b[:\\s]*)+");
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?i:published|last updated|updated|posted|pubblicato|aggiornato|publicado|actualizado|publié"
              + "|mis à jour|veröffentlicht|aktualisiert|atualizado|on|il|el|le|am)\\b[:\\s]*");

  /** Where a byline stops naming people: separators, exclamations, "Label:" fields. */
  private static final Pattern END = Pattern.compile("\\s+[-|–—/•·]\\s+|[!?]|\\s\\p{L}+:|\\s{2,}");

  private static final Pattern LABEL_FIELD = Pattern.compile("^\\p{L}+:\\s*");
  private static final Pattern LOWER_TAIL = Pattern.compile("(?:\\s+\\p{Ll}+){1,2}$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "di", "da", "del", "della", "dos", "van", "von", "der", "den", "du", "le", "la",
          "l", "d", "y", "e", "bin", "al", "el", "ter");
  private static final Pattern EDGE = Pattern.compile("^[\\s|·•,:;–—-]+|[\\s|·•,:;–—-]+$");
  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|&|\\band\\b|\\be\\b|\\by\\b|\\bet\\b|\\bund\\b)\\s*");

  private Bylines() {}

  /** True when {@code line} starts with a byline word followed by a name, or is the word alone. */
  public static boolean isLead(String line) {
    Matcher m = LEAD.matcher(line);
    return m.find() && (m.end() == line.length() || Character.isUpperCase(line.charAt(m.end())));
  }

  /** The author names in {@code text}, a byline or what is left of a dateline; maybe none. */
  public static List<String> authors(String text) {
    String t = clean(text);
    if (t.isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String part : SPLIT.split(t)) {
      String p = clean(part);
      if (!looksLikeName(p) || Tokens.of(p).size() < 2) {
        parts.clear();
        break;
      }
      parts.add(p);
    }
    if (parts.size() >= 2) {
      return parts;
    }
    return looksLikeName(t) ? List.of(t) : List.of();
  }

  private static String clean(String text) {
    String t = LABEL_FIELD.matcher(text.strip()).replaceFirst("");
    Matcher end = END.matcher(t);
    if (end.find()) {
      t = t.substring(0, end.start());
    }
    t = LOWER_TAIL.matcher(t).replaceFirst("");
    String before;
    do {
      before = t;
      t = EDGE.matcher(t).replaceAll("");
      t = LEAD.matcher(t).replaceFirst("");
      t = LABEL.matcher(t).replaceFirst("");
    } while (!t.equals(before));
    return t;
  }

  /**
   * A name: up to eight words, the first capitalised, every other one capitalised or a particle
   * ("de", "van", "l'"), no digits.
   */
  static boolean looksLikeName(String s) {
    if (s.isEmpty() || s.length() > 80 || !Character.isUpperCase(s.codePointAt(0))) {
      return false;
    }
    Tokens t = Tokens.of(s);
    if (t.size() == 0
        || t.size() > MAX_NAME_WORDS
        || t.numeric() > 0
        || s.contains("@")
        || BoilerplateCues.of(s, t.weight()) != BoilerplateCues.Cue.NONE) {
      return false;
    }
    boolean sentence = s.endsWith(".") && !s.matches(".*\\b\\p{Lu}\\.$");
    return !sentence && allNameWords(s);
  }

  private static boolean allNameWords(String s) {
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String w = m.group();
      if (!Character.isUpperCase(w.codePointAt(0))
          && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
