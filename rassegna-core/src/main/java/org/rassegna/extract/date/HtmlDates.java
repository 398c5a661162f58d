package org.rassegna.extract.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;

/**
 * Finds a page's publication and modification dates in its markup, URL and text.
 *
 * <p>Structured data comes first: JSON-LD, then meta tags. It is checked against the date a reader
 * sees (the URL path, then {@code <time>} and microdata in the article, then the byline area) and
 * corrected by it when they disagree the way time zones and CMS record dates make them disagree
 * (see {@link #agree}). Without structured data, the visible date is taken; without that, dates in
 * the page's script state; then the date in the text nearest the headline; last, one in the title
 * or description. Dates in sidebars, teasers and comments are never used. A date after the crawl
 * time ({@code fetched}, or now) or before {@value DateParser#EARLIEST_YEAR} is not plausible, and
 * when the URL names a month, text dates of other months are not believed. The modified date is
 * only reported as modified.
 */
public final class HtmlDates {
  private final Document doc;
  private final DateMarkup markup;
  private final Optional<String> url;
  private final LocalDate latest;
  private final NumericOrder order;
  private final Optional<YearMonth> urlMonth;
  private final Boilerplate boilerplate;
  private final Function<String, Optional<PublicationDate>> parse;
  private Optional<TextDates> text;

  private HtmlDates(Document doc, Optional<String> url, Optional<Instant> fetched) {
    this.doc = doc;
    this.markup = DateMarkup.of(doc);
    this.url = url;
    this.latest =
        fetched.orElseGet(Instant::now).atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
    String lang = markup.language();
    String tld = url.map(HtmlDates::host).map(h -> h.substring(h.lastIndexOf('.') + 1)).orElse("");
    this.order = lang.isBlank() ? NumericOrder.DAY_FIRST : NumericOrder.forLanguage(lang, tld);
    Optional<ZoneId> zone = LocalZone.guess(tld, lang);
    this.urlMonth = url.or(markup::canonicalUrl).flatMap(UrlDates::month);
    this.boilerplate = Boilerplate.of(doc, markup);
    this.parse =
        s ->
            DateParser.parse(s, DateSource.TEXT, order)
                .map(d -> zone.map(z -> LocalZone.toLocal(d, z)).orElse(d))
                .filter(d -> plausible(d.date()));
  }

  /** The page's publication and modification dates; either may be absent. */
  public static PageDates find(Document doc, Optional<String> url, Optional<Instant> fetched) {
    return new HtmlDates(doc, url, fetched).find();
  }

  private PageDates find() {
    PageDates jsonLd = JsonLdDates.find(markup, parse);
    PageDates meta = MetaDates.find(markup, parse);
    PageDates marked = MarkupDates.find(markup, boilerplate, parse);
    Optional<PublicationDate> modified = jsonLd.modified().or(meta::modified).or(marked::modified);
    Optional<PublicationDate> structured = jsonLd.published().or(meta::published);
    List<Supplier<Optional<PublicationDate>>> visible =
        List.of(this::urlDay, () -> marked.published().filter(this::fitsUrl), this::byline);
    Optional<PublicationDate> published =
        structured.isPresent()
            ? Optional.of(agree(structured.get(), visible, modified))
            : first(visible)
                .or(() -> ScriptDates.find(markup, parse).map(d -> d.withSource(DateSource.META)))
                .or(this::fromText)
                .or(this::fromTitle);
    return new PageDates(published, modified);
  }

  /**
   * Settles a structured date (JSON-LD or meta) against the dates a reader sees: the URL's day,
   * which the CMS fixed at publication, else the article markup and byline, any of which showing
   * the structured day lets it stand. Otherwise, one day apart, a structured date without a local
   * offset was written in UTC or another zone than the newsroom's, and the visible day is the local
   * publication day. Further apart, the URL's day wins (the structured date is a later re-dating),
   * JSON-LD is trusted over markup and bylines, and a meta tag loses to the article's date markup:
   * CMSs fill meta dates with the day the record was created, not the day it went out. A visible
   * date that is the modified day is no correction, unless it is only the time zone shift of a UTC
   * time.
   */
  private static PublicationDate agree(
      PublicationDate structured,
      List<Supplier<Optional<PublicationDate>>> visible,
      Optional<PublicationDate> modified) {
    Optional<PublicationDate> seen = Optional.empty();
    for (Supplier<Optional<PublicationDate>> source : visible) {
      Optional<PublicationDate> d = source.get();
      if (d.map(x -> x.date().equals(structured.date())).orElse(false)) {
        return structured;
      }
      seen = seen.or(() -> d);
      if (seen.map(x -> x.source() == DateSource.URL).orElse(false)) {
        break;
      }
    }
    if (seen.isEmpty()) {
      return structured;
    }
    PublicationDate v = seen.get();
    long gap = Math.abs(v.date().toEpochDay() - structured.date().toEpochDay());
    boolean isModified = modified.map(m -> m.date().equals(v.date())).orElse(false);
    boolean utc = structured.offset().map(o -> o.getTotalSeconds() == 0).orElse(false);
    boolean localOffset = structured.offset().isPresent() && !utc;
    if (gap == 1 && !localOffset && (utc || !isModified)) {
      return v;
    }
    boolean metaAgainstMarkup =
        structured.source() == DateSource.META && v.source() == DateSource.TIME;
    boolean url = v.source() == DateSource.URL;
    return gap > 1 && (metaAgainstMarkup || url) && !isModified ? v : structured;
  }

  private static Optional<PublicationDate> first(
      List<Supplier<Optional<PublicationDate>>> sources) {
    for (Supplier<Optional<PublicationDate>> source : sources) {
      Optional<PublicationDate> d = source.get();
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The day in the page's URL, else in the canonical URL it declares. */
  private Optional<PublicationDate> urlDay() {
    return url.flatMap(UrlDates::day)
        .or(() -> markup.canonicalUrl().flatMap(UrlDates::day))
        .filter(this::plausible)
        .map(d -> PublicationDate.ofDay(d, DateSource.URL));
  }

  private Optional<PublicationDate> byline() {
    return text()
        .flatMap(t -> t.byline(order, d -> plausible(d.date()) && fitsUrl(d)))
        .map(d -> d.withSource(DateSource.DATELINE));
  }

  private Optional<PublicationDate> fromText() {
    return text().flatMap(t -> t.nearHeadline(order, d -> plausible(d.date()) && fitsUrl(d)));
  }

  /** A date in the page title or description ("Bericht vom 22.04.2020", "Notizia del …"). */
  private Optional<PublicationDate> fromTitle() {
    return parse
        .apply(doc.title())
        .or(() -> markup.description().flatMap(e -> parse.apply(e.attr("content"))))
        .filter(this::fitsUrl);
  }

  /** The page's text, walked once and only when needed: it is the costliest step. */
  private Optional<TextDates> text() {
    if (text == null) {
      text = Optional.ofNullable(doc.body()).map(b -> TextDates.of(b, boilerplate));
    }
    return text;
  }

  private boolean plausible(LocalDate d) {
    return DateParser.plausible(d, latest);
  }

  private boolean fitsUrl(PublicationDate d) {
    return urlMonth.map(m -> m.equals(YearMonth.from(d.date()))).orElse(true);
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
