package org.rassegna.extract.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
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
    Optional<PublicationDate> urlDay =
        url.flatMap(UrlDates::day)
            .filter(d -> DateParser.plausible(d, latest))
            .map(d -> PublicationDate.ofDay(d, DateSource.URL));
    Supplier<Optional<TextDates>> text =
        memo(() -> Optional.ofNullable(doc.body()).map(b -> TextDates.of(b, boilerplate)));
    Supplier<Optional<PublicationDate>> byline =
        () -> text.get().flatMap(t -> t.byline(parse)).map(d -> d.withSource(DateSource.DATELINE));
    Optional<PublicationDate> structured = jsonLd.published().or(meta::published);
    Optional<PublicationDate> visible = urlDay.or(markup::published).or(byline);
    Optional<PublicationDate> published;
    if (structured.isPresent()) {
      published = Optional.of(agree(structured.get(), visible, modified));
    } else {
      published = visible;
    }
    if (published.isEmpty()) {
      published = ScriptDates.find(doc, parse).map(d -> d.withSource(DateSource.META));
    }
    if (published.isEmpty()) {
      published = text.get().flatMap(t -> fromText(t, order, latest));
    }
    return new PageDates(published, modified);
  }

  static final int GAP = Integer.getInteger("gap", 1);

  /**
   * The structured date, unless the date a reader sees (URL, article markup, byline) is one day
   * off: then the structured one was written in UTC (or another zone than the newsroom's) and the
   * visible day is the local publication day. A visible date that is the modified date is not a
   * correction.
   */
  private static PublicationDate agree(
      PublicationDate structured,
      Optional<PublicationDate> visible,
      Optional<PublicationDate> modified) {
    if (visible.isEmpty()) {
      return structured;
    }
    LocalDate v = visible.get().date();
    long gap = Math.abs(v.toEpochDay() - structured.date().toEpochDay());
    boolean isModified = modified.map(m -> m.date().equals(v)).orElse(false);
    return gap > 0 && gap <= GAP && !isModified ? visible.get() : structured;
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
      TextDates text, NumericOrder order, LocalDate latest) {
    for (String s : text.weakTexts()) {
      Optional<PublicationDate> d =
          DateParser.findAll(s, DateSource.TEXT, order, 20).stream()
              .filter(x -> DateParser.plausible(x.date(), latest))
              .findFirst();
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** {@code s}, computed once on first use: the text walk is the costliest step. */
  private static <T> Supplier<T> memo(Supplier<T> s) {
    List<T> value = new ArrayList<>(1);
    return () -> {
      if (value.isEmpty()) {
        value.add(s.get());
      }
      return value.get(0);
    };
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
