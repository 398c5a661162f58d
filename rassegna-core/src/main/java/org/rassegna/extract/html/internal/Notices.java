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

  /** Headings that open a block of links to other pages, in the languages covered. */
  private static final String[] SECTION_END_STARTS = {
    "related",
    "more stories",
    "more from",
    "more on this",
    "more news",
    "latest stories",
    "our latest stories",
    "latest news",
    "most popular",
    "most read",
    "trending",
    "recommended",
    "you may also like",
    "you might also like",
    "read more",
    "read also",
    "also read",
    "see also",
    "leggi anche",
    "potrebbe interessarti",
    "articoli correlati",
    "veja também",
    "leia também",
    "notícias relacionadas",
    "artículos relacionados",
    "te puede interesar",
    "lire aussi",
    "à lire aussi",
    "das könnte sie auch interessieren",
    "mehr zum thema",
    "самые популярные",
    "похожие статьи",
    "читайте также",
    "популярное"
  };

  private static final int MAX_SECTION_END = 50;

  private Notices() {}

  /** Whether a heading announces related or popular links rather than more of the article. */
  static boolean isSectionEnd(String heading) {
    if (heading.length() > MAX_SECTION_END) {
      return false;
    }
    String key = NON_WORD.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    for (String start : SECTION_END_STARTS) {
      if (key.startsWith(start)) {
        return true;
      }
    }
    return false;
  }

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
