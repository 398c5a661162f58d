package org.rassegna.model;

import java.util.List;
import java.util.Optional;

/**
 * Replaces unpaired UTF-16 surrogates with U+FFFD, as the Unicode standard asks of text that must
 * be encoded: parsers hand them on from numeric character references such as {@code &#xD800;}, and
 * a strict UTF-8 encoder (a JSON Lines file, a database) fails the whole write on one of them. The
 * replacement is one char for one char, so offsets into the text stay valid.
 */
final class WellFormed {
  private WellFormed() {}

  static String text(String s) {
    int bad = firstLoneSurrogate(s, 0);
    if (bad < 0) {
      return s;
    }
    char[] chars = s.toCharArray();
    while (bad >= 0) {
      chars[bad] = '\uFFFD';
      bad = firstLoneSurrogate(s, bad + 1);
    }
    return new String(chars);
  }

  static Optional<String> text(Optional<String> s) {
    return s.map(WellFormed::text);
  }

  static List<String> texts(List<String> list) {
    return list.stream().map(WellFormed::text).toList();
  }

  private static int firstLoneSurrogate(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
