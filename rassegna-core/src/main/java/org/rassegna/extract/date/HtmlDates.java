package org.rassegna.extract.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;

/**
 * Finds a page's publication and modification dates in its markup, URL and text.
 *
 * <p>Evidence is tried in order of trust and the first plausible date wins: JSON-LD, meta tags,
 * date markup in the article ({@code <time>}, microdata), the URL path, the byline area, and last
 * the text after the headline. Dates in sidebars, teasers and comments are never used. A date after
 * the crawl time ({@code fetched}, or now) or before {@value DateParser#EARLIEST_YEAR} is not
 * plausible. The modified date is only ever reported as modified.
 */
public final class HtmlDates {
  private HtmlDates() {}

  public static PageDates find(Document doc, Optional<String> url, Optional<Instant> fetched) {
    LocalDate latest =
        fetched.orElseGet(Instant::now).atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
    NumericOrder order = order(doc, url);
    Function<String, Optional<PublicationDate>> parse =
        s ->
            DateParser.parse(s, DateSource.TEXT, order)
                .filter(d -> DateParser.plausible(d.date(), latest));
    PageDates jsonLd = jsonLd(doc, parse);
    PageDates meta = MetaDates.find(doc, parse);
    Boilerplate boilerplate = Boilerplate.of(doc);
    PageDates markup = MarkupDates.find(doc, boilerplate, parse);
    Optional<PublicationDate> modified = jsonLd.modified().or(meta::modified).or(markup::modified);
    Optional<PublicationDate> published =
        jsonLd.published().or(meta::published).or(markup::published);
    if (published.isEmpty()) {
      published =
          url.flatMap(UrlDates::day)
              .filter(d -> DateParser.plausible(d, latest))
              .map(d -> PublicationDate.ofDay(d, DateSource.URL));
    }
    if (published.isEmpty() && doc.body() != null) {
      published = fromText(doc.body(), boilerplate, parse, order, latest);
    }
    return new PageDates(published, modified);
  }

  private static PageDates jsonLd(Document doc, Function<String, Optional<PublicationDate>> parse) {
    List<JsonLdDates.Entry> entries = JsonLdDates.entries(doc);
    Optional<PublicationDate> published = Optional.empty();
    Optional<PublicationDate> modified = Optional.empty();
    for (int rank = 0; rank <= 2; rank++) {
      for (JsonLdDates.Entry e : entries) {
        if (e.rank() != rank) {
          continue;
        }
        if (published.isEmpty()) {
          published = e.published().flatMap(parse);
        }
        if (modified.isEmpty()) {
          modified = e.modified().flatMap(parse);
        }
      }
    }
    return new PageDates(
        published.map(d -> d.withSource(DateSource.JSON_LD)),
        modified.map(d -> d.withSource(DateSource.JSON_LD)));
  }

  private static Optional<PublicationDate> fromText(
      Element body,
      Boilerplate boilerplate,
      Function<String, Optional<PublicationDate>> parse,
      NumericOrder order,
      LocalDate latest) {
    TextDates text = TextDates.of(body, boilerplate);
    Optional<PublicationDate> byline = text.byline(parse);
    if (byline.isPresent()) {
      return byline.map(d -> d.withSource(DateSource.DATELINE));
    }
    return DateParser.findAll(text.afterHeadline(), DateSource.TEXT, order, 20).stream()
        .filter(d -> DateParser.plausible(d.date(), latest))
        .findFirst();
  }

  private static NumericOrder order(Document doc, Optional<String> url) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank()) {
      return NumericOrder.DAY_FIRST;
    }
    String host = url.map(HtmlDates::host).orElse("");
    String tld = host.substring(host.lastIndexOf('.') + 1);
    return NumericOrder.forLanguage(lang, tld);
  }

  private static String host(String url) {
    int scheme = url.indexOf("://");
    int start = scheme < 0 ? 0 : scheme + 3;
    int end = start;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(start, end);
  }
}
