package org.rassegna.extract.html;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.rassegna.extract.PageContext;
import org.rassegna.extract.date.HtmlDates;
import org.rassegna.extract.date.PageDates;
import org.rassegna.extract.html.internal.BlockWriter;
import org.rassegna.extract.html.internal.ContentLocator;
import org.rassegna.extract.html.internal.DomStats;
import org.rassegna.extract.html.internal.NodeStats;
import org.rassegna.model.Article;
import org.rassegna.model.Body;

/** Extracts an article from an HTML page. Thread-safe. */
public final class HtmlExtractor {

  public Article extract(String html, PageContext ctx) {
    Document doc = Jsoup.parse(html, ctx.url().orElse(""));
    PageDates dates = HtmlDates.find(doc, ctx.url(), ctx.fetched());
    DomStats stats = DomStats.of(doc.body());
    NodeStats container = ContentLocator.locate(stats);
    Optional<String> title = Optional.of(doc.title()).filter(t -> !t.isBlank());
    Body body = BlockWriter.write(stats, container, title);
    return Article.builder(ctx.source())
        .url(ctx.url())
        .title(title)
        .published(dates.published())
        .modified(dates.modified())
        .body(body)
        .build();
  }
}
