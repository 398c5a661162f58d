package org.rassegna.extract;

/**
 * Splits the lines of a text dump that are longer than a bound into lines within it, at the last
 * space before the bound (or at the bound when there is none), so no text is lost and the line
 * classifier sees lines of a size it was made for.
 */
final class LongLines {
  private LongLines() {}

  static String split(String text, int maxChars) {
    if (!hasLongLine(text, maxChars)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + text.length() / maxChars + 1);
    int start = 0;
    int n = text.length();
    while (start < n) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? n : newline;
      appendSplit(out, text, start, end, maxChars);
      if (newline >= 0) {
        out.append('\n');
      }
      start = end + 1;
    }
    return out.toString();
  }

  private static void appendSplit(StringBuilder out, String text, int start, int end, int max) {
    int from = start;
    while (end - from > max) {
      int cut = text.lastIndexOf(' ', from + max);
      if (cut <= from) {
        cut = from + max;
        if (Character.isHighSurrogate(text.charAt(cut - 1)) && cut - 1 > from) {
          cut--;
        }
      }
      out.append(text, from, cut).append('\n');
      from = text.charAt(cut) == ' ' ? cut + 1 : cut;
    }
    out.append(text, from, end);
  }

  private static boolean hasLongLine(String text, int maxChars) {
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      if (end - start > maxChars) {
        return true;
      }
      if (newline < 0) {
        return false;
      }
      start = newline + 1;
    }
    return false;
  }
}
