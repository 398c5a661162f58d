package org.rassegna.extract.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a line, the way the shingle metric sees them ({@code \w+} with Unicode classes),
 * lower-cased, plus the counts the line features need.
 *
 * @param words lower-cased tokens in order
 * @param weight effective word count: scripts written without spaces (Han, kana, Thai) count one
 *     word per two characters, so a Japanese sentence weighs about as much as an English one
 * @param capitalized tokens whose first character is an upper-case letter
 * @param numeric tokens made only of digits
 */
public record Tokens(List<String> words, int weight, int capitalized, int numeric) {

  public Tokens {
    words = List.copyOf(words);
  }

  /** Tokenises {@code text} in one linear pass. */
  public static Tokens of(String text) {
    List<String> words = new ArrayList<>();
    int weight = 0;
    int capitalized = 0;
    int numeric = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int dense = 0;
      boolean digits = true;
      while (i < n) {
        int c = text.codePointAt(i);
        if (!isWordChar(c)) {
          break;
        }
        dense += isUnspacedScript(c) ? 1 : 0;
        digits &= Character.isDigit(c);
        i += Character.charCount(c);
      }
      String word = text.substring(start, i);
      words.add(word.toLowerCase(Locale.ROOT));
      weight += dense > 1 ? (dense + 1) / 2 : 1;
      capitalized += Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
      numeric += digits ? 1 : 0;
    }
    return new Tokens(words, weight, capitalized, numeric);
  }

  public int size() {
    return words.size();
  }

  /** Same classes as {@code \w} under {@code UNICODE_CHARACTER_CLASS}. */
  static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp) || cp == '_') {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.CONNECTOR_PUNCTUATION
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER
        || cp == 0x200C
        || cp == 0x200D
        || Character.isAlphabetic(cp);
  }

  private static boolean isUnspacedScript(int cp) {
    if (cp < 0x0E00 || (cp > 0x0E7F && cp < 0x2E80)) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.THAI;
  }
}
