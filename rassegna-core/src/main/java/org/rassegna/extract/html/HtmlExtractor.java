package org.rassegna.extract.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.rassegna.extract.PageContext;
import org.rassegna.extract.date.HtmlDates;
import org.rassegna.extract.date.PageDates;
import org.rassegna.extract.html.internal.BlockWriter;
import org.rassegna.extract.html.internal.CommentFinder;
import org.rassegna.extract.html.internal.ContentLocator;
import org.rassegna.extract.html.internal.DomStats;
import org.rassegna.extract.html.internal.MetadataReader;
import org.rassegna.extract.html.internal.NodeStats;
import org.rassegna.extract.html.internal.PageMetadata;
import org.rassegna.extract.html.internal.PageTypes;
import org.rassegna.model.Article;
import org.rassegna.model.Body;

/**
 * Extracts an article from an HTML page: metadata from structured data and markup, dates from
 * {@link HtmlDates}, and a body of blocks from the element whose prose outweighs its boilerplate,
 * pruned of share bars, related links, captions and notices. Never throws on tag soup, walks the
 * DOM without recursion, and gives an empty body when the page holds no article text. Thread-safe
 * and stateless.
 */
public final class HtmlExtractor {

  public Article extract(String html, PageContext ctx) {
    Document doc = Jsoup.parse(html, ctx.url().orElse(""));
    PageDates dates = HtmlDates.find(doc, ctx.url(), ctx.fetched());
    PageMetadata meta = MetadataReader.read(doc, ctx.url());
    ContentLocator.Located located = ContentLocator.locate(doc.body());
    DomStats stats = located.stats();
    NodeStats container = located.container();
    Body body = BlockWriter.write(stats, container, meta.title());
    List<String> comments = ctx.options().includeComments() ? CommentFinder.find(stats) : List.of();
    return Article.builder(ctx.source())
        .url(meta.url())
        .siteName(meta.siteName())
        .title(meta.title())
        .published(dates.published())
        .modified(dates.modified())
        .authors(meta.authors())
        .language(meta.language())
        .section(meta.section())
        .tags(meta.tags())
        .description(meta.description())
        .pageType(PageTypes.guess(meta, body))
        .paywalled(meta.paywalled())
        .body(body)
        .comments(comments)
        .build();
  }
}
