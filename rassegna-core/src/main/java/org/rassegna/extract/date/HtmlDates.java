package org.rassegna.extract.date;

import java.time.Instant;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rassegna.model.DateSource;

/** Finds a page's publication and modification dates in its markup, URL and text. */
public final class HtmlDates {
  private HtmlDates() {}

  public static PageDates find(Document doc, Optional<String> url, Optional<Instant> fetched) {
    Element meta = doc.selectFirst("meta[property=article:published_time]");
    if (meta == null) {
      return PageDates.none();
    }
    return new PageDates(DateParser.parse(meta.attr("content"), DateSource.META), Optional.empty());
  }
}
