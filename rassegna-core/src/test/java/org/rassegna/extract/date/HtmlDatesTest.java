package org.rassegna.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;

class HtmlDatesTest {

  private static PageDates find(String html) {
    return find(html, Optional.empty());
  }

  private static PageDates find(String html, Optional<String> url) {
    return HtmlDates.find(Jsoup.parse(html), url, Optional.empty());
  }

  private static Optional<String> day(Optional<PublicationDate> d) {
    return d.map(x -> x.date().toString());
  }

  @Test
  void json_ld_wins_over_meta() {
    PageDates dates =
        find(
            "<html><head><meta property='article:published_time' content='2021-03-02T10:00:00Z'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2021-03-05T10:00:00+01:00\"}</script></head>"
                + "<body><h1>T</h1></body></html>");
    assertThat(day(dates.published())).contains("2021-03-05");
    assertThat(dates.published().map(PublicationDate::source)).contains(DateSource.JSON_LD);
  }

  @Test
  void json_ld_in_a_graph_prefers_the_article_over_the_page() {
    PageDates dates =
        find(
            "<script type='application/ld+json'>{\"@graph\":["
                + "{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01\"},"
                + "{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2021-06-07\","
                + "\"dateModified\":\"2021-06-09\"}]}</script>");
    assertThat(day(dates.published())).contains("2021-06-07");
    assertThat(day(dates.modified())).contains("2021-06-09");
  }

  @Test
  void broken_json_ld_still_gives_its_dates() {
    PageDates dates =
        find(
            "<script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"He said \"no\""
                + ",\"datePublished\":\"2019-11-12T08:00:00+01:00\",</script>");
    assertThat(day(dates.published())).contains("2019-11-12");
  }

  @Test
  void meta_published_time_is_used_without_json_ld() {
    PageDates dates =
        find(
            "<meta name='DC.date.issued' content='2018-04-05'><meta name='date' content='2017-01-01'>");
    assertThat(day(dates.published())).contains("2018-04-05");
    assertThat(dates.published().map(PublicationDate::source)).contains(DateSource.META);
  }

  @Test
  void modified_date_is_never_reported_as_published() {
    PageDates dates =
        find(
            "<meta property='article:modified_time' content='2022-02-10T09:00:00Z'>"
                + "<meta property='article:published_time' content='2022-01-21T09:00:00Z'>"
                + "<body><h1>Title</h1><p>Aktualisiert am 10.02.2022</p></body>");
    assertThat(day(dates.published())).contains("2022-01-21");
    assertThat(day(dates.modified())).contains("2022-02-10");
  }

  @Test
  void sidebar_and_teaser_dates_are_ignored_while_the_articles_time_wins() {
    PageDates dates =
        find(
            "<html><head><title>Big news today</title></head><body>"
                + "<aside class='sidebar'><time datetime='2022-03-01'>1 March</time></aside>"
                + "<div class='teaser-list'><div class='teaser'><time datetime='2022-03-02'>2 March"
                + "</time></div><div class='teaser'><time datetime='2022-03-03'>3 March</time>"
                + "</div></div>"
                + "<article><h1>Big news today</h1><time datetime='2022-01-21T14:30'>21 Jan</time>"
                + "<p>Text</p></article>"
                + "<div class='comments'><time datetime='2022-03-04'>4 March</time></div>"
                + "</body></html>");
    assertThat(dates.published().map(PublicationDate::iso)).contains("2022-01-21T14:30");
    assertThat(dates.published().map(PublicationDate::source)).contains(DateSource.TIME);
  }

  @Test
  void only_sidebar_dates_give_no_date() {
    PageDates dates =
        find(
            "<body><h1>Headline of the page</h1><p>No date in the text.</p>"
                + "<div class='related-articles'><span>21.01.2022</span></div>"
                + "<nav>Archiv 05.01.2022</nav></body>");
    assertThat(dates.published()).isEmpty();
  }

  @Test
  void url_path_gives_the_date_when_the_markup_has_none() {
    PageDates dates =
        find(
            "<body><h1>Headline</h1><p>Text.</p></body>",
            Optional.of("https://example.com/2022/01/21/some-story/"));
    assertThat(day(dates.published())).contains("2022-01-21");
    assertThat(dates.published().map(PublicationDate::source)).contains(DateSource.URL);
  }

  @Test
  void compact_url_date_is_read() {
    PageDates dates =
        find("<p>x</p>", Optional.of("https://example.com/news/story_20200311_abc.html"));
    assertThat(day(dates.published())).contains("2020-03-11");
  }

  @Test
  void one_day_utc_shift_is_settled_by_the_url_day() {
    PageDates dates =
        find(
            "<meta property='article:published_time' content='2023-11-09T05:30:00Z'>",
            Optional.of("https://example.com/2023/11/08/story/"));
    assertThat(day(dates.published())).contains("2023-11-08");
  }

  @Test
  void byline_date_is_used_when_nothing_is_marked_up() {
    PageDates dates =
        find(
            "<body><div class='nav-menu'>Heute, 3. März 2022</div><h1>Headline here</h1>"
                + "<div class='article-meta'>Von Anna Muster | 21. Januar 2022, 14:30 Uhr</div>"
                + "<p>Text vom 5. Januar 2022.</p></body>");
    assertThat(dates.published().map(PublicationDate::iso)).contains("2022-01-21T14:30");
    assertThat(dates.published().map(PublicationDate::source)).contains(DateSource.DATELINE);
  }

  @Test
  void text_after_the_headline_is_the_last_resort() {
    PageDates dates =
        find("<body><h1>Headline here</h1><p>Berlin, 21.01.2022 – Es war einmal.</p></body>");
    assertThat(day(dates.published())).contains("2022-01-21");
    assertThat(dates.published().map(PublicationDate::source)).contains(DateSource.TEXT);
  }

  @Test
  void dates_after_the_crawl_are_not_plausible() {
    PageDates dates =
        HtmlDates.find(
            Jsoup.parse("<meta property='article:published_time' content='2022-05-01'>"),
            Optional.empty(),
            Optional.of(Instant.parse("2022-02-01T00:00:00Z")));
    assertThat(dates.published()).isEmpty();
  }

  @Test
  void empty_and_garbage_documents_give_no_dates() {
    assertThat(find("")).isEqualTo(PageDates.none());
    assertThat(find("<<<>>>\u0000<script type='application/ld+json'>{{{[[</script>"))
        .isEqualTo(PageDates.none());
  }

  @Test
  void text_date_called_an_update_loses_to_the_publication_date() {
    PageDates dates =
        find(
            "<body><h1>Headline here</h1><p>Text.</p>"
                + "<p>Letzte Änderung: 31.10.2023 - 14:49<br>Erschienen am: 01.11.2023</p></body>");
    assertThat(day(dates.published())).contains("2023-11-01");
  }

  @Test
  void byline_date_marked_as_update_is_not_the_publication_date() {
    PageDates dates =
        find(
            "<body><h1>Headline here</h1><div class='meta'>Aktualisiert am 10.02.2022</div>"
                + "<p>Berlin, 21.01.2022 – Text.</p></body>");
    assertThat(day(dates.published())).contains("2022-01-21");
  }

  @Test
  void a_lone_teaser_is_the_articles_lead_and_its_date_counts() {
    PageDates dates =
        find(
            "<body><h1>Headline here</h1><div class='teaser'><div class='authored'>10.11.2021"
                + "</div><p>Lead.</p></div></body>");
    assertThat(day(dates.published())).contains("2021-11-10");
  }

  @Test
  void a_layout_wrapper_named_after_its_sidebar_is_not_boilerplate() {
    PageDates dates =
        find(
            "<head><title>Der historische Purzelbaum</title></head><body>"
                + "<div class='page with-sidebar'><h1>Der historische Purzelbaum</h1>"
                + "<time datetime='2021-11-25 16:11'>25. November 2021</time>"
                + "<div class='sidebar'><time datetime='2021-12-01'>1. Dezember</time></div>"
                + "</div></body>");
    assertThat(day(dates.published())).contains("2021-11-25");
  }

  @Test
  void an_aside_inside_the_headlines_article_is_its_fact_box() {
    PageDates dates =
        find(
            "<head><title>Skitouren im Winter</title></head><body><article>"
                + "<h1>Skitouren im Winter</h1><aside class='meta'><time datetime='2022-01-21'>"
                + "21.01.2022</time></aside><p>Text</p></article>"
                + "<aside><time datetime='2022-02-02'>2.2.</time></aside></body>");
    assertThat(day(dates.published())).contains("2022-01-21");
  }

  @Test
  void a_number_starting_the_url_slug_is_not_a_day() {
    PageDates dates =
        find(
            "<body><h1>Headline here</h1><p>Hamburg, 31.10.2023 – Text.</p></body>",
            Optional.of("https://example.org/2023/10/3-fragen-an-jemanden/"));
    assertThat(day(dates.published())).contains("2023-10-31");
  }

  @Test
  void url_month_rules_out_text_dates_of_other_months() {
    PageDates dates =
        find(
            "<body><h1>Headline here</h1><p>Seit 18.01.2019 im Test, jetzt 01.10.2019.</p></body>",
            Optional.of("https://example.org/2019/10/ein-test/"));
    assertThat(day(dates.published())).contains("2019-10-01");
  }
}
