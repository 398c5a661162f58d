package org.rassegna.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rassegna.extract.ExtractOptions;
import org.rassegna.extract.PageContext;
import org.rassegna.model.Article;
import org.rassegna.model.Block;
import org.rassegna.model.BlockKind;
import org.rassegna.model.PageType;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

class HtmlExtractorTest {
  private static final SourceRef SOURCE = SourceRef.file("page.html", SourceFormat.HTML);

  private static final String P1 =
      "The city council voted on Tuesday to expand the tram network, a decision that officials"
          + " said would cut traffic in the old town by a third within five years.";
  private static final String P2 =
      "Opponents argued that the plan was too expensive and that the money, about 40 million"
          + " euros, would be better spent on buses and cycle lanes across the suburbs.";
  private static final String P3 =
      "Work on the first line is due to begin next spring, and the mayor promised that shops on"
          + " the affected streets would receive compensation for the months of disruption.";

  private static Article extract(String html) {
    return new HtmlExtractor().extract(html, PageContext.of(SOURCE));
  }

  private static String page(String head, String body) {
    return "<!doctype html><html lang=\"en-GB\"><head>"
        + head
        + "</head><body>"
        + body
        + "</body></html>";
  }

  private static String article(String inner) {
    return "<article><div class=\"article-body\">" + inner + "</div></article>";
  }

  private static List<BlockKind> kinds(Article a) {
    return a.blocks().stream().map(Block::kind).toList();
  }

  @Test
  void navigation_share_bar_related_links_and_footer_are_left_out() {
    String html =
        page(
            "<title>Trams | Daily</title>",
            "<nav><ul><li><a href=/a>Home</a></li><li><a href=/b>World news and more</a></li></ul>"
                + "</nav><div class=\"cookie-notice\">We use cookies to improve your experience on"
                + " this website, please accept them all.</div>"
                + article(
                    "<p>"
                        + P1
                        + "</p><div class=\"share-bar\">Share on Facebook Share on Twitter"
                        + " Share by email with your friends now</div><p>"
                        + P2
                        + "</p><p>"
                        + P3
                        + "</p><p>Advertisement</p>")
                + "<aside class=\"related\"><h3>Related</h3><ul><li><a href=/x>Another long"
                + " story about trams and buses in the region</a></li></ul></aside>"
                + "<footer><p>Copyright 2024 Daily News. All rights reserved. Registered in"
                + " England and Wales.</p></footer>");

    Article a = extract(html);

    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void headline_comes_from_og_title_without_site_suffix_not_from_title_tag() {
    String html =
        page(
            "<title>Council backs tram plan | Daily News</title>"
                + "<meta property=\"og:site_name\" content=\"Daily News\">"
                + "<meta property=\"og:title\" content=\"Council backs tram plan - Daily News\">",
            "<h1>Council backs tram plan</h1>" + article("<p>" + P1 + "</p>"));

    Article a = extract(html);

    assertThat(a.title()).contains("Council backs tram plan");
    assertThat(a.siteName()).contains("Daily News");
    assertThat(a.text()).doesNotContain("Council backs");
  }

  @Test
  void title_tag_loses_its_site_suffix_when_nothing_better_exists() {
    String html =
        page(
            "<title>Council backs tram plan | Daily News</title>"
                + "<meta property=\"og:site_name\" content=\"Daily News\">",
            article("<p>" + P1 + "</p>"));

    assertThat(extract(html).title()).contains("Council backs tram plan");
  }

  @Test
  void json_ld_gives_headline_authors_section_publisher_and_paywall() {
    String ld =
        "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"X\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Trams return to the old town\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"By Anna Rossi\"},"
            + "{\"@type\":\"Person\",\"name\":\"Marco Bianchi\"}],"
            + "\"articleSection\":[\"Cities\"],\"keywords\":\"trams, transport\","
            + "\"isAccessibleForFree\":\"False\","
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily News\"}}]}";
    String html =
        page(
            "<title>Trams | X</title><script type=\"application/ld+json\">" + ld + "</script>",
            article("<p>" + P1 + "</p>"));

    Article a = extract(html);

    assertThat(a.title()).contains("Trams return to the old town");
    assertThat(a.authors()).containsExactly("Anna Rossi", "Marco Bianchi");
    assertThat(a.section()).contains("Cities");
    assertThat(a.tags()).containsExactly("trams", "transport");
    assertThat(a.siteName()).contains("Daily News");
    assertThat(a.paywalled()).isTrue();
    assertThat(a.pageType()).isEqualTo(PageType.ARTICLE);
  }

  @Test
  void broken_json_ld_is_ignored() {
    String html =
        page(
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>"
                + "<meta property=\"og:title\" content=\"Trams\">",
            article("<p>" + P1 + "</p>"));

    Article a = extract(html);

    assertThat(a.title()).contains("Trams");
    assertThat(a.text()).isEqualTo(P1);
  }

  @Test
  void meta_author_is_cleaned_of_by_and_junk_and_split_on_and() {
    String html =
        page(
            "<meta name=\"author\" content=\"By Jane Roe and John Doe, Staff, 5 min read\">",
            article("<p>" + P1 + "</p>"));

    assertThat(extract(html).authors()).containsExactly("Jane Roe", "John Doe");
  }

  @Test
  void byline_link_gives_author_when_no_metadata_names_one() {
    String html =
        page(
            "",
            article(
                "<div class=\"byline\">By <a rel=\"author\" href=\"/jane\">Jane Roe</a></div><p>"
                    + P1
                    + "</p><p>"
                    + P2
                    + "</p>"));

    Article a = extract(html);

    assertThat(a.authors()).containsExactly("Jane Roe");
    assertThat(a.text()).doesNotContain("Jane Roe");
  }

  @Test
  void language_canonical_url_description_and_tags_are_read_from_markup() {
    String html =
        "<html lang=\"it-IT\"><head><link rel=\"canonical\" href=\"https://example.it/a/1\">"
            + "<meta name=\"description\" content=\" Il consiglio  approva. \">"
            + "<meta property=\"article:tag\" content=\"tram\">"
            + "<meta property=\"article:tag\" content=\"città\">"
            + "<meta property=\"article:section\" content=\"Cronaca\"></head><body>"
            + article("<p>" + P1 + "</p>")
            + "</body></html>";

    Article a = extract(html);

    assertThat(a.language()).contains("it");
    assertThat(a.url()).contains("https://example.it/a/1");
    assertThat(a.description()).contains("Il consiglio approva.");
    assertThat(a.tags()).containsExactly("tram", "città");
    assertThat(a.section()).contains("Cronaca");
  }

  @Test
  void og_locale_gives_language_when_html_has_no_lang() {
    String html =
        "<html><head><meta property=\"og:locale\" content=\"pt_BR\"></head><body>"
            + article("<p>" + P1 + "</p>")
            + "</body></html>";

    assertThat(extract(html).language()).contains("pt");
  }

  @Test
  void page_url_is_used_when_the_page_names_no_canonical_url() {
    PageContext ctx =
        new PageContext(
            SOURCE,
            Optional.of("https://example.org/x"),
            Optional.empty(),
            ExtractOptions.defaults(),
            Set.of());

    Article a = new HtmlExtractor().extract(page("", article("<p>" + P1 + "</p>")), ctx);

    assertThat(a.url()).contains("https://example.org/x");
  }

  @Test
  void headings_lists_quotes_tables_and_code_become_blocks_of_their_kind() {
    String html =
        page(
            "",
            article(
                "<p>"
                    + P1
                    + "</p><h2>What happens next</h2><ul><li>First line opens in 2026"
                    + "</li><li>Second line later</li></ul><blockquote><p>"
                    + P2
                    + "</p></blockquote><table><tr><th>Line</th><th>Stops</th></tr>"
                    + "<tr><td>A</td><td>12</td></tr></table><pre>tram --line A</pre><p>"
                    + P3
                    + "</p>"));

    Article a = extract(html);

    assertThat(kinds(a))
        .containsExactly(
            BlockKind.PARAGRAPH,
            BlockKind.HEADING,
            BlockKind.LIST_ITEM,
            BlockKind.LIST_ITEM,
            BlockKind.QUOTE,
            BlockKind.TABLE,
            BlockKind.CODE,
            BlockKind.PARAGRAPH);
    assertThat(a.blocks().get(5).text()).isEqualTo("Line\tStops\nA\t12");
  }

  @Test
  void links_inside_sentences_keep_their_text() {
    String html =
        page(
            "",
            article(
                "<p>The plan, <span><a class=\"js_link\" href=/r>first published in May</a></span>,"
                    + " was approved after <a href=/v><span>a long debate</span></a> in the"
                    + " council chamber.</p><p>"
                    + P1
                    + "</p>"));

    assertThat(extract(html).text())
        .startsWith(
            "The plan, first published in May, was approved after a long debate in the council"
                + " chamber.");
  }

  @Test
  void first_h1_is_the_headline_and_later_h1_are_section_headings() {
    String html =
        page(
            "",
            article(
                "<h1>Council backs tram plan</h1><p>"
                    + P1
                    + "</p><h1>The costs</h1><p>"
                    + P2
                    + "</p>"));

    Article a = extract(html);

    assertThat(a.title()).contains("Council backs tram plan");
    assertThat(a.blocks())
        .extracting(Block::kind, Block::text)
        .containsExactly(
            tuple(BlockKind.PARAGRAPH, P1),
            tuple(BlockKind.HEADING, "The costs"),
            tuple(BlockKind.PARAGRAPH, P2));
  }

  @Test
  void image_captions_are_left_out() {
    String html =
        page(
            "",
            article(
                "<p>"
                    + P1
                    + "</p><figure><img src=a.jpg><figcaption>The mayor at the tram depot"
                    + " on Tuesday morning. Photo: Daily News</figcaption></figure><p>"
                    + P2
                    + "</p>"));

    assertThat(extract(html).text()).doesNotContain("mayor at the tram depot");
  }

  @Test
  void comments_are_excluded_by_default_and_included_when_asked() {
    String html =
        page(
            "",
            article("<p>" + P1 + "</p><p>" + P2 + "</p>")
                + "<section id=\"comments\"><ol class=\"comment-list\"><li><div"
                + " class=\"comment-body\"><p>Great news for commuters, finally something that"
                + " works for the people who live here.</p></div></li><li><div"
                + " class=\"comment-body\"><p>Too expensive.</p></div></li></ol></section>");
    PageContext withComments =
        new PageContext(
            SOURCE,
            Optional.empty(),
            Optional.empty(),
            ExtractOptions.defaults().withComments(true),
            Set.of());

    Article plain = extract(html);
    Article commented = new HtmlExtractor().extract(html, withComments);

    assertThat(plain.text()).doesNotContain("commuters");
    assertThat(plain.comments()).isEmpty();
    assertThat(commented.text()).doesNotContain("commuters");
    assertThat(commented.comments())
        .containsExactly(
            "Great news for commuters, finally something that works for the people who live here.",
            "Too expensive.");
  }

  @Test
  void body_spread_over_sibling_containers_is_kept_whole() {
    String html =
        page(
            "",
            "<main><div class=\"part\"><p>"
                + P1
                + "</p></div><div class=\"ad-slot\">Ad</div>"
                + "<div class=\"part\"><p>"
                + P2
                + "</p><p>"
                + P3
                + "</p></div></main>"
                + "<div class=\"sidebar\"><p><a href=/1>Most read: the weather tomorrow and the"
                + " day after</a></p></div>");

    assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void article_split_over_fields_whose_label_is_hidden_is_found() {
    String field = "<div class=\"field field--name-body field--label-hidden field__item\"><p>";
    String html =
        page(
            "<title>Trams | Daily</title>",
            "<div class=\"title-block\"><h1>Trams</h1></div>"
                + field
                + P1
                + "</p></div>"
                + field
                + P2
                + "</p></div>"
                + field
                + P3
                + "</p></div>"
                + "<div class=\"comments\"><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p><p>"
                + P3
                + "</p></div>");

    assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void page_builder_wrapping_every_block_in_a_widget_class_keeps_its_article() {
    String widget = "<div class=\"builder-widget builder-widget-text\"><p>";
    String html =
        page(
            "",
            "<div class=\"builder-widget-wrap\">"
                + widget
                + P1
                + "</p><p>"
                + P2
                + "</p></div>"
                + widget
                + P3
                + "</p></div></div>");

    assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void cookie_notice_is_not_taken_for_the_article_when_the_page_has_none() {
    String html =
        page(
            "",
            "<div class=\"cookie-consent\"><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p></div><p><a href=/1>Home</a></p>");

    assertThat(extract(html).body().isEmpty()).isTrue();
  }

  @Test
  void wordpress_taxonomy_classes_on_the_post_wrapper_do_not_make_it_boilerplate() {
    String html =
        page(
            "",
            "<article class=\"post type-post status-publish category-no-newsletter author-jane\">"
                + "<p>"
                + P1
                + "</p><p>"
                + P2
                + "</p></article><div class=\"comments\"><p>"
                + P3
                + "</p><p>"
                + P2
                + "</p><p>"
                + P1
                + "</p></div>");

    assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void long_drop_down_of_archive_months_does_not_outweigh_the_article() {
    StringBuilder options = new StringBuilder("<select name=archive>");
    for (int year = 2000; year < 2020; year++) {
      for (int month = 1; month <= 12; month++) {
        options.append("<option>Archive for month ").append(month).append(' ').append(year);
        options.append("</option>");
      }
    }
    String menu = "<li><a href=/x>A section of the site with a long name</a></li>".repeat(40);
    String html =
        page(
            "",
            "<nav><ul>"
                + menu
                + "</ul></nav><div class=main><p>"
                + P1
                + "</p></div><div class=box><ul>"
                + options
                + "</select></ul></div>");

    assertThat(extract(html).text()).isEqualTo(P1);
  }

  @Test
  void noscript_holding_the_post_is_read_but_a_javascript_warning_is_not() {
    String html =
        page(
            "",
            "<div class=\"post-body\"><noscript><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p></noscript></div><noscript><p>Please enable JavaScript in your browser to"
                + " see all of the comments on this page.</p></noscript>");

    assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void page_of_only_links_gives_empty_body() {
    StringBuilder links = new StringBuilder("<ul>");
    for (int i = 0; i < 30; i++) {
      links.append("<li><a href=/s").append(i).append(">Story number ").append(i);
      links.append(" about something that happened today</a></li>");
    }
    Article a = extract(page("<title>Home</title>", links + "</ul>"));

    assertThat(a.body().isEmpty()).isTrue();
  }

  @Test
  void listing_of_teasers_is_a_listing_page() {
    StringBuilder teasers = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      teasers.append("<div class=teaser><h3><a href=/s").append(i).append(">Story ").append(i);
      teasers.append("</a></h3><span>Short summary.</span></div>");
    }
    Article a = extract(page("<title>News</title>", teasers.toString()));

    assertThat(a.pageType()).isEqualTo(PageType.LISTING);
  }

  @Test
  void tag_soup_does_not_throw() {
    Article a = extract("<p>" + P1 + "<div><table><td><p>" + P2 + "</b></i></table></span>");

    assertThat(a.text()).contains("tram network").contains("cycle lanes");
  }

  @Test
  void dateline_repeated_in_the_body_is_left_out_but_sentences_about_updates_stay() {
    String sentence = "The timetable was last updated in July, after 2 years of talks.";
    String html =
        page(
            "",
            article(
                "<p>First Published: Tuesday, November 19, 2019 08:38 AM</p><p>"
                    + P1
                    + "</p><p>"
                    + sentence
                    + "</p>"));

    assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + sentence);
  }

  @Test
  void links_after_a_related_stories_heading_are_cut_to_the_end_of_the_section() {
    String html =
        page(
            "",
            article(
                    "<p>"
                        + P1
                        + "</p><p>"
                        + P2
                        + "</p><h3>You may also like</h3><p>Ten cheap"
                        + " ways to travel across Europe by train this summer without a car.</p>"
                        + "<p>Why bus lanes are the fastest way to speed up a city's transport.</p>")
                + "<p>"
                + P3
                + "</p>");

    assertThat(extract(html).text()).doesNotContain("Ten cheap").doesNotContain("bus lanes");
  }

  @Test
  void double_line_breaks_split_paragraphs() {
    String html = page("", article("<div>" + P1 + "<br><br>" + P2 + "<br>" + P3 + "</div>"));

    assertThat(extract(html).blocks()).extracting(Block::text).containsExactly(P1, P2 + "\n" + P3);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hundred_thousand_nested_elements_do_not_overflow_the_stack() {
    int depth = 100_000;
    StringBuilder b = new StringBuilder("<html><body>");
    b.append("<div>".repeat(depth)).append("<p>").append(P1).append("</p>");
    b.append("</div>".repeat(depth)).append("</body></html>");

    Article a = extract(b.toString());

    assertThat(a.text()).isEqualTo(P1);
  }
}
