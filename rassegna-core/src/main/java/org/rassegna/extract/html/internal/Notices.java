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
          "advert",
          "advertisement",
          "this slideshow requires javascript",
          "tell us what you think",
          "post comment",
          "leave a comment",
          "our latest stories",
          "latest stories",
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

  private static final int MAX_DATELINE = 160;
  private static final String DATE_WORDS =
      "first published|published|updated|posted on|publicado|atualizado|pubblicato|aggiornato"
          + "|publié|mis à jour|veröffentlicht|aktualisiert|опубликовано|обновлено";

  /**
   * Publication lines repeated in the body ("First Published: Tuesday, November 19, 2019", "05/10 -
   * Publicado por: ..."): a short block with a digit where published or updated opens the block or
   * labels a value with a colon, unlike a sentence that merely says something was updated.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?iu)^(?=.*\\d)(?:(?:"
              + DATE_WORDS
              + ")\\b|.*\\b(?:"
              + DATE_WORDS
              + ")(?:\\s+\\p{L}+)?\\s*[:|])");

  private Notices() {}

  static boolean isNotice(String block) {
    if (block.length() <= MAX_DATELINE && DATELINE.matcher(block).find()) {
      return true;
    }
    if (block.length() > 60) {
      return false;
    }
    String key = NON_WORD.matcher(block.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return key.isEmpty() || EXACT.contains(key);
  }
}
