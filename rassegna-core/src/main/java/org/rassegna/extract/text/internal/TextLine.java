package org.rassegna.extract.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One non-blank line of a text dump, stripped, with its position among the non-blank lines.
 *
 * <p>Dumps put every visible block of a page on its own line, so a line is the unit that gets
 * labelled as content or boilerplate.
 */
public record TextLine(int index, String text) {

  public TextLine {
    Objects.requireNonNull(text, "text");
  }

  /** The non-blank lines of {@code dump} in reading order; whitespace runs become one space. */
  public static List<TextLine> split(String dump) {
    List<TextLine> out = new ArrayList<>();
    int start = 0;
    int n = dump.length();
    while (start <= n) {
      int end = nextBreak(dump, start);
      String line = Whitespace.collapse(dump.substring(start, end));
      if (!line.isEmpty()) {
        out.add(new TextLine(out.size(), line));
      }
      if (end >= n) {
        break;
      }
      start = end + 1;
    }
    return out;
  }

  private static int nextBreak(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return i;
      }
    }
    return s.length();
  }
}
