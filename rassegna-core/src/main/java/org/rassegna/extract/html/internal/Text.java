package org.rassegna.extract.html.internal;

import org.jsoup.parser.Parser;

/** Small text helpers shared by the metadata readers. */
final class Text {
  private Text() {}

  /**
   * Decodes leftover HTML entities (structured data is often escaped twice) and collapses runs of
   * whitespace, no-break space included, to one space, trimmed.
   */
  static String clean(String raw) {
    String s = raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw;
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
