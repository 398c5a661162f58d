package org.rassegna.extract.text.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.rassegna.extract.text.RepeatedLines;

/**
 * What the text of one line says about it being article prose or page furniture.
 *
 * @param words effective word count ({@link Tokens#weight()})
 * @param stopRatio share of tokens that are function words of the page language
 * @param languageKnown whether the page language has a stopword list ({@code stopRatio} means
 *     nothing otherwise)
 * @param endsSentence last visible character closes a sentence
 * @param truncated ends with an ellipsis: a teaser cut short by the site
 * @param innerPunctuation commas, semicolons and sentence stops inside the line
 * @param capitalRatio share of tokens starting with a capital letter (menus and headlines)
 * @param numericRatio share of tokens made only of digits (scores, tables, dates)
 * @param cue boilerplate words the line contains
 * @param repeated the line was seen on other pages of the same run
 * @param bylineLead the line starts like a byline ("By Jane", "di Mario")
 * @param dateLike the line holds a calendar date
 */
public record LineFeatures(
    int words,
    double stopRatio,
    boolean languageKnown,
    boolean endsSentence,
    boolean truncated,
    int innerPunctuation,
    double capitalRatio,
    double numericRatio,
    BoilerplateCues.Cue cue,
    boolean repeated,
    boolean bylineLead,
    boolean dateLike) {

  private static final Pattern BYLINE_LEAD =
      Pattern.compile(
          "^(?i:by|di|por|par|von|de|da|door|av|from|written by|posted by|a cura di)(\\s+\\p{Lu}|$)");

  /**
   * Features of {@code line}, tokenised as {@code t}, on a page whose language has {@code
   * stopwords} (maybe none).
   */
  public static LineFeatures of(
      String line, Tokens t, Set<String> stopwords, Set<String> repeatedLines) {
    int n = Math.max(1, t.size());
    String tail = trailingVisible(line);
    return new LineFeatures(
        t.weight(),
        Stopwords.ratio(t.words(), stopwords),
        !stopwords.isEmpty(),
        endsSentence(tail),
        tail.endsWith("...") || tail.endsWith("…"),
        innerPunctuation(line),
        (double) t.capitalized() / n,
        (double) t.numeric() / n,
        BoilerplateCues.of(line, t.weight()),
        !repeatedLines.isEmpty()
            && line.length() <= RepeatedLines.MAX_LINE_CHARS
            && repeatedLines.contains(RepeatedLines.normalize(line)),
        BYLINE_LEAD.matcher(line).find(),
        Datelines.find(line).isPresent());
  }

  /** The line without closing quotes, brackets and spaces at its end. */
  private static String trailingVisible(String line) {
    int end = line.length();
    while (end > 0 && "\"'”’»)]* ".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return line.substring(0, end);
  }

  private static boolean endsSentence(String tail) {
    if (tail.isEmpty()) {
      return false;
    }
    char c = tail.charAt(tail.length() - 1);
    return ".!?:;。！？…".indexOf(c) >= 0;
  }

  private static int innerPunctuation(String line) {
    int count = 0;
    int limit = line.length() - 1;
    for (int i = 0; i < limit; i++) {
      char c = line.charAt(i);
      if (c == ',' || c == ';' || c == '，' || c == '、' || c == '。') {
        count++;
      } else if ((c == '.' || c == '!' || c == '?') && line.charAt(i + 1) == ' ') {
        count++;
      }
    }
    return count;
  }
}
