package org.rassegna.nlp.kb.build;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands the shorthand of the hand-written tables: {@code stem{a,b}} gives {@code stema stemb} and
 * a trailing {@code *} adds the adjective endings of German or Russian, so that one line covers
 * every inflection a demonym takes in running text.
 */
final class WordForms {
  private static final List<String> GERMAN = List.of("", "e", "en", "er", "es", "em");
  private static final List<String> RUSSIAN =
      List.of(
          "ий", "ая", "ое", "ие", "ого", "ой", "ому", "ую", "им", "ом", "их", "ими", "ые", "ый",
          "ых", "ым", "ыми");

  private WordForms() {}

  /** Every form a space-separated list of patterns stands for, in order. */
  static List<String> expand(String patterns, String language) {
    List<String> out = new ArrayList<>();
    for (String p : patterns.trim().split("\\s+")) {
      if (!p.isEmpty()) {
        expandOne(p, language, out);
      }
    }
    return out;
  }

  private static void expandOne(String pattern, String language, List<String> out) {
    if (pattern.endsWith("*")) {
      String stem = pattern.substring(0, pattern.length() - 1);
      List<String> endings = language.equals("ru") ? RUSSIAN : GERMAN;
      for (String e : endings) {
        out.add(stem + e);
      }
      return;
    }
    int open = pattern.indexOf('{');
    int close = pattern.indexOf('}');
    if (open < 0 || close < open) {
      out.add(pattern);
      return;
    }
    String stem = pattern.substring(0, open);
    String rest = pattern.substring(close + 1);
    for (String alt : pattern.substring(open + 1, close).split(",", -1)) {
      out.add(stem + alt + rest);
    }
  }
}
