package org.rassegna.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rassegna.extract.ExtractOptions;
import org.rassegna.extract.PageContext;
import org.rassegna.extract.date.DateParser;
import org.rassegna.model.Article;
import org.rassegna.model.Block;
import org.rassegna.model.DateSource;
import org.rassegna.model.PageType;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

class TextDumpExtractorTest {
  private static final SourceRef SOURCE = SourceRef.file("page.txt", SourceFormat.TEXT);
  private static final String PROSE =
      "The council met on Tuesday to discuss the new budget, and the mayor said that the"
          + " changes would be voted on in the spring after a long public consultation.";

  private final TextDumpExtractor extractor = new TextDumpExtractor();

  private Article extract(String text) {
    return extractor.extract(text, PageContext.of(SOURCE));
  }

  private static Article seed() throws IOException {
    Path p = Path.of("src/test/resources/golden/text/seed-antidiplomatico/input.txt");
    return new TextDumpExtractor()
        .extract(Files.readString(p, StandardCharsets.UTF_8), PageContext.of(SOURCE));
  }

  @Test
  void seed_page_gives_title_authors_site_language_and_six_paragraphs() throws IOException {
    Article a = seed();
    assertThat(a.title())
        .contains("Putin e Maduro non hanno discusso delle basi russe in Venezuela");
    assertThat(a.authors()).containsExactly("La Redazione de l'AntiDiplomatico");
    assertThat(a.siteName()).contains("L'AntiDiplomatico");
    assertThat(a.language()).contains("it");
    assertThat(a.pageType()).isEqualTo(PageType.ARTICLE);
    assertThat(a.blocks()).hasSize(6);
    assertThat(a.blocks().get(0).text()).startsWith("Nella giornata di ieri");
    assertThat(a.blocks().get(5).text()).endsWith("garanzia di sicurezza.");
  }

  @Test
  void seed_body_has_no_dateline_sidebar_teaser_or_copyright() throws IOException {
    String body = seed().text();
    assertThat(body)
        .doesNotContain("21 Gennaio 2022")
        .doesNotContain("Le più recenti")
        .doesNotContain("On Fire")
        .doesNotContain("Giuseppe Masala")
        .doesNotContain("Copyright")
        .doesNotContain("testata registrata");
  }

  @Test
  void dateline_with_italian_month_gives_publication_date() throws IOException {
    assumeTrue(
        DateParser.parse("21 Gennaio 2022 14:30", DateSource.DATELINE).isPresent(),
        "the date parser does not read Italian month names yet");
    Article a = seed();
    assertThat(a.published()).isPresent();
    assertThat(a.published().get().iso()).startsWith("2022-01-21T14:30");
    assertThat(a.published().get().source()).isEqualTo(DateSource.DATELINE);
  }

  @Test
  void iso_dateline_gives_date_and_byline_gives_author() {
    Article a =
        extract(
            "Home\n\nWorld\n\nCity budget vote delayed to spring\n\n2021-03-04\n\nBy Jane Doe\n\n"
                + PROSE
                + "\n\n"
                + PROSE
                + "\n\nShare\n\n© 2021 Springfield Herald");
    assertThat(a.title()).contains("City budget vote delayed to spring");
    assertThat(a.published().map(d -> d.iso())).contains("2021-03-04");
    assertThat(a.authors()).containsExactly("Jane Doe");
    assertThat(a.siteName()).contains("Springfield Herald");
    assertThat(a.language()).contains("en");
    assertThat(a.text()).doesNotContain("Jane Doe").doesNotContain("Share").doesNotContain("©");
  }

  @Test
  void bylines_in_other_languages_give_authors() {
    for (String lead : new String[] {"Por", "Par", "Von", "di"}) {
      Article a = extract("Ein Titel für die Seite hier\n\n" + lead + " Ana Lima\n\n" + PROSE);
      assertThat(a.authors()).as(lead).containsExactly("Ana Lima");
    }
  }

  @Test
  void reader_comments_after_the_article_are_left_out() {
    String article = PROSE + "\n\n" + PROSE + "\n\n" + PROSE;
    Article a =
        extract(
            "A headline about the budget\n\n"
                + article
                + "\n\n3 Comments\n\n"
                + "Bob on May 3, 2021 at 4:00 pm said:\n\n"
                + "I think that the mayor is wrong about this and that the vote should be held now.");
    assertThat(a.blocks()).hasSize(3);
    assertThat(a.text()).doesNotContain("mayor is wrong");
  }

  @Test
  void teasers_cut_with_an_ellipsis_are_left_out() {
    Article a =
        extract(
            "A headline about the budget\n\n"
                + PROSE
                + "\n\nRelated\n\nOther story title\n\n"
                + "di Mario Rossi Io credo che le prossime elezioni andrebbero inquadrate nel modo"
                + " più corretto possibile, e provo a dare la mia interpretazione...");
    assertThat(a.text()).doesNotContain("Mario Rossi");
  }

  @Test
  void lines_repeated_across_pages_of_the_run_are_boilerplate() {
    String notice = "Our journalism is funded by readers like you and we need your support today.";
    PageContext ctx =
        new PageContext(
            SOURCE,
            Optional.empty(),
            Optional.empty(),
            ExtractOptions.defaults(),
            Set.of(RepeatedLines.normalize(notice)));
    Article a = extractor.extract("Headline here for you\n\n" + PROSE + "\n\n" + notice, ctx);
    assertThat(a.text()).doesNotContain("journalism is funded");
  }

  @Test
  void block_offsets_point_into_the_body_text() throws IOException {
    Article a = seed();
    for (Block b : a.blocks()) {
      assertThat(a.text().substring(b.start(), b.end())).isEqualTo(b.text());
    }
  }
}
