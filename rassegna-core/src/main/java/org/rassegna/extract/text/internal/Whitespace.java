package org.rassegna.extract.text.internal;

/** Whitespace handling shared by the line splitter and the repeated-line index. */
public final class Whitespace {
  private Whitespace() {}

  /**
   * {@code s} stripped, with every run of whitespace (including no-break and zero-width spaces that
   * web renderings leave behind) turned into one plain space. Linear time, no regex, so an enormous
   * line costs no more than reading it.
   */
  public static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = sb.length() > 0;
      } else {
        if (pendingSpace) {
          sb.append(' ');
          pendingSpace = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF'
        || c == '\u00A0';
  }
}
