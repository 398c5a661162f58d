package org.rassegna.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import org.rassegna.nlp.Span;

/**
 * Pairs quote marks of a body: “…”, „…“, «…», »…«, "…", ‘…’, '…', ‹…›, and a paragraph opened by a
 * dialogue dash. Gives the quoted stretches (inside the marks), outermost only: marks nested inside
 * a pair are part of its text.
 *
 * <p>An opener without its closer in the same paragraph is dropped, except at the start of a
 * paragraph or right after a colon, where news style leaves a quote running to the paragraph end.
 * No quote is longer than {@link #MAX_QUOTE} characters. Each closer search resumes where the last
 * failed one stopped, so the scan stays linear even in a megabyte of unbalanced marks.
 */
final class QuoteMarks {
  /** Longest quote looked for, in characters. */
  static final int MAX_QUOTE = 5000;

  private static final String OPENERS = "“„«»\"‘‹'";

  /** Dialogue dashes; a hyphen-minus at a line start is a list bullet far more often. */
  private static final String DASHES = "—–";

  private QuoteMarks() {}

  /**
   * Closers accepted for an opener. Pages that mix typographic and straight double marks ("“…\"",
   * "\"…”": pasted text, hand-edited copy) close a double opener with either kind.
   */
  private static String closers(char opener) {
    switch (opener) {
      case '“':
        return "”“\"";
      case '„':
        return "“”\"";
      case '«':
        return "»";
      case '»':
        return "«";
      case '‘':
        return "’";
      case '‹':
        return "›";
      case '\'':
        return "'";
      default:
        return "\"”";
    }
  }

  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int[] failedUpTo = new int[OPENERS.length()];
    Paragraph para = new Paragraph(text, 0);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        para = new Paragraph(text, i + 1);
        i++;
        continue;
      }
      int kind = OPENERS.indexOf(c);
      if (kind < 0 && DASHES.indexOf(c) >= 0 && para.firstText >= i && startsLine(text, i)) {
        int end = dialogueEnd(text, i + 1, para.end);
        addTrimmed(text, i + 1, end, out);
        i = Math.max(end, i + 1);
        continue;
      }
      if (kind < 0 || !opens(text, i)) {
        i++;
        continue;
      }
      int limit = Math.min(para.end, i + MAX_QUOTE);
      int close = findCloser(text, i, limit, kind, failedUpTo);
      if (close >= 0) {
        addTrimmed(text, i + 1, close, out);
        i = close + 1;
      } else if (para.firstText >= i || afterColon(text, i)) {
        addTrimmed(text, i + 1, limit, out);
        i = limit;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * "he added: 'Personally I think …" with no closer: a quote opened right after a colon runs to
   * the paragraph end, as one opening the paragraph does.
   */
  private static boolean afterColon(String text, int i) {
    int k = i - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && k < i - 1 && text.charAt(k) == ':';
  }

  /** The paragraph from {@code start}: its end and its first non-blank character. */
  private static final class Paragraph {
    final int end;
    final int firstText;

    Paragraph(String text, int start) {
      int nl = text.indexOf('\n', start);
      this.end = nl < 0 ? text.length() : nl;
      int f = start;
      while (f < end && Character.isWhitespace(text.charAt(f))) {
        f++;
      }
      this.firstText = f;
    }
  }

  private static int findCloser(String text, int open, int limit, int kind, int[] failedUpTo) {
    String closers = closers(text.charAt(open));
    int from = Math.max(open + 1, failedUpTo[kind]);
    for (int j = from; j < limit; j++) {
      if (closers.indexOf(text.charAt(j)) >= 0 && closes(text, j)) {
        return j;
      }
    }
    failedUpTo[kind] = Math.max(failedUpTo[kind], limit);
    return -1;
  }

  /**
   * An opener is followed by text; only «, “, „ and ‹ may have a space after them (French and some
   * Italian typography). ‘ after a letter is an apostrophe; a straight ' opens only at a word start
   * after a space, a bracket or a dash and before a letter ("l'Istituto", "'90s" are not quotes).
   */
  private static boolean opens(String text, int i) {
    char c = text.charAt(i);
    if (i + 1 >= text.length()) {
      return false;
    }
    if (c == '\'') {
      boolean start = i == 0 || " \n([:—–".indexOf(text.charAt(i - 1)) >= 0;
      return start && Character.isLetter(text.charAt(i + 1));
    }
    if (Character.isWhitespace(text.charAt(i + 1))) {
      return "«“„‹".indexOf(c) >= 0;
    }
    return c != '‘' || i == 0 || !Character.isLetter(text.charAt(i - 1));
  }

  /**
   * A closer ’ must not be an apostrophe inside a word; a straight ' also needs no space before it
   * ("it's", "l'Italia" and a lone ' between words close nothing).
   */
  private static boolean closes(String text, int j) {
    char c = text.charAt(j);
    if (c != '’' && c != '\'') {
      return true;
    }
    boolean wordEnd = j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1));
    return wordEnd && (c == '’' || j > 0 && !Character.isWhitespace(text.charAt(j - 1)));
  }

  /** A dash opens a dialogue line when a capital (or ¿ ¡) follows it. */
  private static boolean startsLine(String text, int i) {
    int j = i + 1;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    return j < text.length()
        && (Character.isUpperCase(text.charAt(j)) || "¿¡".indexOf(text.charAt(j)) >= 0);
  }

  /** A dialogue line runs to the next spaced dash (the narrator's words) or the paragraph end. */
  private static int dialogueEnd(String text, int from, int paragraphEnd) {
    int limit = Math.min(paragraphEnd, from + MAX_QUOTE);
    for (int j = from; j < limit; j++) {
      char c = text.charAt(j);
      if ((c == '—' || c == '–') && j > from && !Character.isLetterOrDigit(text.charAt(j - 1))) {
        return j;
      }
    }
    return limit;
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e));
    }
  }
}
