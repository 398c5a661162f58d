package org.rassegna.extract.date;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element holding the article's headline: the {@code <h1>} whose words appear in the page
 * title (sites also wrap their logo in an h1), else the first non-empty h1; on pages without an h1,
 * the element marked as headline, the first article or the main part.
 */
final class Headline {
  private Headline() {}

  static Optional<Element> find(Document doc) {
    Elements h1s = doc.getElementsByTag("h1");
    if (h1s.isEmpty()) {
      return Optional.ofNullable(doc.selectFirst("[itemprop=headline], article, main"));
    }
    Element og = doc.selectFirst("meta[property=og:title]");
    String title = (doc.title() + " " + (og == null ? "" : og.attr("content")));
    title = title.toLowerCase(Locale.ROOT);
    Optional<Element> firstNonEmpty = Optional.empty();
    for (Element h : h1s) {
      String text = h.text().strip().toLowerCase(Locale.ROOT);
      if (text.isEmpty()) {
        continue;
      }
      if (text.length() >= 8 && title.contains(text)) {
        return Optional.of(h);
      }
      if (firstNonEmpty.isEmpty()) {
        firstNonEmpty = Optional.of(h);
      }
    }
    return firstNonEmpty;
  }
}
