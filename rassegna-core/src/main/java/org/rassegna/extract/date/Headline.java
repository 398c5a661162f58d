package org.rassegna.extract.date;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article's headline: the heading (h1 to h3) with the longest text
 * found in the page title, since sites wrap their logo or blog name in an h1 and blogs title posts
 * with h2 or h3; else the first non-empty h1; on pages without one, the element marked as headline,
 * the first article or the main part.
 */
final class Headline {
  private static final int MIN_TITLE_CHARS = 8;

  private Headline() {}

  static Optional<Element> find(Document doc, DateMarkup markup) {
    String title = doc.title() + " " + markup.ogTitle();
    title = title.toLowerCase(Locale.ROOT);
    Optional<Element> best = Optional.empty();
    int bestLength = MIN_TITLE_CHARS - 1;
    Optional<Element> firstH1 = Optional.empty();
    for (Element h : markup.headings) {
      String text = h.text().strip().toLowerCase(Locale.ROOT);
      if (text.length() > bestLength && title.contains(text)) {
        best = Optional.of(h);
        bestLength = text.length();
      }
      if (firstH1.isEmpty() && h.normalName().equals("h1") && !text.isEmpty()) {
        firstH1 = Optional.of(h);
      }
    }
    if (best.isPresent()) {
      return best;
    }
    return firstH1.or(markup::landmark);
  }
}
