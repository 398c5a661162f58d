package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

/** The bounds of {@link ExtractOptions}: each refuses a hostile page with its reason. */
class ExtractionBoundsTest {
  private static final String PROSE =
      "Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico, dopo una"
          + " discussione che è durata fino a mezzanotte e ha diviso la maggioranza. ";

  private static RawPage html(String html) {
    return RawPage.of(
        SourceRef.file("page.html", SourceFormat.HTML),
        PageKind.HTML,
        html.getBytes(StandardCharsets.UTF_8));
  }

  private static RawPage text(String text) {
    return RawPage.of(
        SourceRef.file("dump.txt", SourceFormat.TEXT),
        PageKind.TEXT,
        text.getBytes(StandardCharsets.UTF_8));
  }

  private static Reason failure(Outcome o) {
    assertThat(o).isInstanceOf(Outcome.Failed.class);
    return ((Outcome.Failed) o).reason();
  }

  private static String article(String inner) {
    return "<html><body><article>" + inner + "<p>" + PROSE + "</p></article></body></html>";
  }

  @Test
  void divs_nested_past_the_depth_bound_fail_as_too_deep() {
    Extraction e = new Extraction(ExtractOptions.defaults().withMaxMarkup(1000, 100));

    Outcome o = e.extract(html(article("<div>".repeat(101) + "</div>".repeat(101))));

    assertThat(failure(o)).isEqualTo(Reason.TOO_DEEP);
    assertThat(((Outcome.Failed) o).message()).contains("--max-markup-depth");
  }

  @Test
  void paragraphs_and_items_left_open_are_not_deep_because_the_parser_closes_them() {
    Extraction e = new Extraction(ExtractOptions.defaults().withMaxMarkup(100_000, 20));

    Outcome o =
        e.extract(html(article("<ul>" + "<li>voce".repeat(500) + "</ul>" + "<p>a".repeat(500))));

    assertThat(o).isNotInstanceOf(Outcome.Failed.class);
  }

  @Test
  void tags_inside_scripts_and_comments_do_not_count() {
    Extraction e = new Extraction(ExtractOptions.defaults().withMaxMarkup(50, 5));
    String hidden =
        "<script>var s = '"
            + "<div>".repeat(100)
            + "';</script><!-- "
            + "<div>".repeat(100)
            + " -->";

    assertThat(e.extract(html(article(hidden)))).isInstanceOf(Outcome.Extracted.class);
  }

  @Test
  void more_tags_than_the_bound_fail_as_too_large() {
    Extraction e = new Extraction(ExtractOptions.defaults().withMaxMarkup(1000, 512));

    Outcome o = e.extract(html(article("<b>x</b>".repeat(1001))));

    assertThat(failure(o)).isEqualTo(Reason.TOO_LARGE);
    assertThat(((Outcome.Failed) o).message()).contains("--max-markup-tags");
  }

  @Test
  void a_page_past_its_time_limit_fails_as_timeout_and_the_next_page_is_extracted() {
    Extraction slow =
        new Extraction(ExtractOptions.defaults().withPageTimeout(Duration.ofNanos(1)));
    Extraction normal = Extraction.withDefaults();
    String dump = ("Titolo\n" + PROSE + "\n").repeat(2000);

    Outcome abandoned = slow.extract(text(dump));
    Outcome next = normal.extract(text("Titolo\n" + PROSE + "\n" + PROSE));

    assertThat(failure(abandoned)).isEqualTo(Reason.TIMEOUT);
    assertThat(((Outcome.Failed) abandoned).message()).contains("--page-timeout");
    assertThat(next).isInstanceOf(Outcome.Extracted.class);
  }

  @Test
  void zero_timeout_extracts_on_the_calling_thread() {
    Extraction e = new Extraction(ExtractOptions.defaults().withPageTimeout(Duration.ZERO));

    assertThat(e.extract(text("Titolo\n" + PROSE + "\n" + PROSE)))
        .isInstanceOf(Outcome.Extracted.class);
  }

  @Test
  void a_megabyte_line_in_a_text_dump_is_split_and_its_words_kept() {
    String line = PROSE.repeat(1_000_000 / PROSE.length());

    Outcome o = Extraction.withDefaults().extract(text("Titolo\n" + line + "\nFine\n"));

    assertThat(o).isInstanceOf(Outcome.Extracted.class);
    String body = ((Outcome.Extracted) o).article().body().text();
    assertThat(body.replaceAll("\\s+", " ").strip()).isEqualTo(line.strip());
  }
}
