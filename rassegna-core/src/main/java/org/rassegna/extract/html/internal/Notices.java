package org.rassegna.extract.html.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One-line notices that sit among article paragraphs but are not article text: advertisement
 * labels, share and follow prompts, "continue reading" links. Matched on the whole block, case and
 * punctuation ignored, in the languages the word lists cover.
 */
final class Notices {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Set<String> EXACT =
      Set.of(
          "advertisement",
          "advertisements",
          "ad",
          "sponsored",
          "sponsored content",
          "story continues below",
          "story continues below advertisement",
          "continue reading",
          "continue reading below",
          "read more",
          "read more below",
          "share",
          "share this",
          "share this article",
          "share this story",
          "tweet",
          "email",
          "print",
          "comments",
          "related",
          "related articles",
          "related stories",
          "more",
          "see also",
          "pubblicità",
          "publicité",
          "publicidad",
          "publicidade",
          "anzeige",
          "werbung",
          "реклама",
          "leggi anche",
          "leia também",
          "leia mais",
          "lire aussi",
          "lea también",
          "advertisement continue reading" + " below",
          "skip advertisement",
          "scroll to continue with content",
          "loading",
          "follow us",
          "subscribe",
          "sign up",
          "close",
          "image",
          "photo",
          "video");

  private Notices() {}

  static boolean isNotice(String block) {
    if (block.length() > 60) {
      return false;
    }
    String key = NON_WORD.matcher(block.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return key.isEmpty() || EXACT.contains(key);
  }
}
