package org.rassegna.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits raw text into the tokens the NER training data uses, with character offsets: words keep
 * inner hyphens, dots, digit separators and slashes ("Lucca-Aulla", "U.S.", "3,5", "km/h"); other
 * punctuation, symbols and emoji are tokens of their own. Apostrophes follow each language's data:
 * Italian and French elisions end their token ("l'", "dell'", "d'"), English clitics start one
 * ("'s", "n't"), and a name like "O'Brien" stays whole. A trailing dot stays on initials, dotted
 * acronyms and the listed abbreviations ("J.", "U.S.", "Sig.", "Dr.").
 */
public final class NerTokenizer {

  /** A token and its {@code [start, end)} character offsets in the text. */
  public record Token(String text, int start, int end) {}

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sen", "rep",
          "gov", "sig", "sigg", "dott", "ing", "avv", "on", "mons", "ecc", "mme", "mlle", "sra",
          "dra", "hr", "fr", "vs", "etc", "inc", "ltd", "co", "corp", "nr", "no", "pp", "ca", "гг",
          "им");

  private final boolean elidesForward;
  private final boolean englishClitics;

  private NerTokenizer(boolean elidesForward, boolean englishClitics) {
    this.elidesForward = elidesForward;
    this.englishClitics = englishClitics;
  }

  /** The tokenizer for an ISO 639-1 language code. */
  public static NerTokenizer forLanguage(String language) {
    String l = language.toLowerCase(Locale.ROOT);
    return new NerTokenizer(l.equals("it") || l.equals("fr"), l.equals("en"));
  }

  /** Tokens of {@code text[from, to)}. */
  public List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int c = text.codePointAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        i += Character.charCount(c);
      } else if (startsUrl(text, i, to)) {
        i = add(text, i, endOfRun(text, i, to), out);
      } else if (isWordChar(c)) {
        i = word(text, i, to, out);
      } else {
        i = add(text, i, endOfSymbol(text, i, to, c), out);
      }
    }
    return out;
  }

  private int word(String text, int start, int to, List<Token> out) {
    int i = wordRun(text, start, to);
    while (i < to) {
      char j = text.charAt(i);
      boolean nextIsWord = i + 1 < to && isWordChar(text.codePointAt(i + 1));
      if (isApostrophe(j) && elidesForward && nextIsWord) {
        add(text, start, i + 1, out);
        return i + 1;
      }
      if (isApostrophe(j) && englishClitics && isClitic(text, i + 1, to)) {
        add(text, start, i, out);
        return add(text, i, wordRun(text, i + 1, to), out);
      }
      if (isApostrophe(j) && englishClitics && isNt(text, start, i, to)) {
        add(text, start, i - 1, out);
        return add(text, i - 1, i + 2, out);
      }
      if (!nextIsWord || !(isApostrophe(j) || joins(text, j, i, to))) {
        break;
      }
      i = wordRun(text, i + 1, to);
    }
    if (i < to && text.charAt(i) == '.' && keepsDot(text, start, i, to)) {
      i++;
    }
    return add(text, start, i, out);
  }

  private static boolean joins(String text, char j, int at, int to) {
    switch (j) {
      case '-':
      case '.':
      case '/':
      case '&':
      case '@':
      case '_':
      case '\u00AD':
        return true;
      case ',':
      case ':':
        return at > 0
            && Character.isDigit(text.charAt(at - 1))
            && at + 1 < to
            && Character.isDigit(text.charAt(at + 1));
      default:
        return false;
    }
  }

  private static boolean isClitic(String text, int from, int to) {
    int end = from;
    while (end < to && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end < to && isWordChar(text.codePointAt(end))) {
      return false;
    }
    String s = text.substring(from, end).toLowerCase(Locale.ROOT);
    return s.equals("s")
        || s.equals("re")
        || s.equals("ve")
        || s.equals("ll")
        || s.equals("d")
        || s.equals("m");
  }

  /** "don't" → "do" + "n't": the word ends in n, then an apostrophe and a final t. */
  private static boolean isNt(String text, int start, int apostrophe, int to) {
    return apostrophe - start >= 2
        && apostrophe + 1 < to
        && Character.toLowerCase(text.charAt(apostrophe - 1)) == 'n'
        && Character.toLowerCase(text.charAt(apostrophe + 1)) == 't'
        && (apostrophe + 2 >= to || !isWordChar(text.codePointAt(apostrophe + 2)));
  }

  private static boolean keepsDot(String text, int start, int dot, int to) {
    int next = dot + 1;
    while (next < to && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next == to || dot - start > 12) {
      return false;
    }
    String word = text.substring(start, dot);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    return initial
        || word.indexOf('.') > 0
        || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static int wordRun(String text, int i, int to) {
    while (i < to && isWordChar(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  private static int endOfSymbol(String text, int i, int to, int c) {
    int end = i + Character.charCount(c);
    if (c == '.' || c == '-' || c == '!' || c == '?') {
      while (end < to && text.codePointAt(end) == c) {
        end++;
      }
    }
    return end;
  }

  private static int endOfRun(String text, int i, int to) {
    int end = i;
    while (end < to && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    while (end > i + 1 && ".,;:!?)»\"'".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private static boolean startsUrl(String text, int i, int to) {
    return text.startsWith("http://", i) && i + 7 < to
        || text.startsWith("https://", i) && i + 8 < to
        || text.startsWith("www.", i) && i + 4 < to;
  }

  private static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static int add(String text, int start, int end, List<Token> out) {
    out.add(new Token(text.substring(start, end), start, end));
    return end;
  }
}
