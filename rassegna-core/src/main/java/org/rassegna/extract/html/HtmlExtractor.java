package org.rassegna.extract.html;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rassegna.extract.PageContext;
import org.rassegna.extract.date.HtmlDates;
import org.rassegna.extract.date.PageDates;
import org.rassegna.model.Article;
import org.rassegna.model.BlockKind;
import org.rassegna.model.Body;

/** Extracts an article from an HTML page. Thread-safe. */
public final class HtmlExtractor {

  public Article extract(String html, PageContext ctx) {
    Document doc = Jsoup.parse(html, ctx.url().orElse(""));
    Body.Builder body = new Body.Builder();
    for (Element p : doc.select("p")) {
      body.add(BlockKind.PARAGRAPH, p.text());
    }
    String title = doc.title();
    PageDates dates = HtmlDates.find(doc, ctx.url(), ctx.fetched());
    return Article.builder(ctx.source())
        .url(ctx.url())
        .title(title.isBlank() ? Optional.empty() : Optional.of(title))
        .body(body.build())
        .published(dates.published())
        .modified(dates.modified())
        .build();
  }
}
