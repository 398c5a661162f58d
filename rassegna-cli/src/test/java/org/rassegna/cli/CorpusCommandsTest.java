package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rassegna.cli.MainTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandsTest {
  @TempDir Path dir;
  Path data;
  Path pages;

  @BeforeEach
  void pages() throws Exception {
    data = dir.resolve("data");
    pages = Files.createDirectories(dir.resolve("pages"));
    page(
        "rome.html",
        "Rain in Rome",
        "Heavy rain fell on Rome on Tuesday, flooding several"
            + " streets in the historic centre and closing two metro stations.");
    page(
        "milan.html",
        "Fog in Milan",
        "Thick fog covered Milan on Wednesday morning, delaying"
            + " flights at Linate and slowing traffic on the ring road.");
  }

  private void page(String name, String title, String text) throws Exception {
    Files.writeString(
        pages.resolve(name),
        "<html lang=en><head><title>"
            + title
            + "</title></head><body><article><h1>"
            + title
            + "</h1><p>"
            + text
            + "</p></article></body></html>",
        StandardCharsets.UTF_8);
  }

  private MainTest.Run ingest() {
    return run("ingest", "--data", data.toString(), pages.toString());
  }

  @Test
  void ingest_twice_leaves_the_article_count_unchanged() {
    MainTest.Run first = ingest();
    MainTest.Run second = ingest();

    assertThat(first.code()).isZero();
    assertThat(first.err()).contains("2 new").contains("holds 2 articles");
    assertThat(second.err()).contains("0 new").contains("2 unchanged").contains("holds 2 articles");
    assertThat(run("sql", "--data", data.toString(), "SELECT count(*) AS n FROM articles").out())
        .isEqualTo("n\n-\n2\n");
  }

  @Test
  void search_prints_title_and_highlighted_snippet() {
    ingest();
    MainTest.Run r = run("search", "--data", data.toString(), "metro");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("1 article").contains("1. Rain in Rome").contains("**metro**");
  }

  @Test
  void malformed_query_is_a_usage_error_with_one_line_and_no_stack_trace() {
    ingest();
    MainTest.Run r = run("search", "--data", data.toString(), "\"metro");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("rassegna: cannot parse query '\"metro': a quote is not closed");
  }

  @Test
  void search_without_a_corpus_says_to_ingest_first() {
    MainTest.Run r = run("search", "--data", data.toString(), "metro");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("run 'rassegna ingest PATH' first").doesNotContain("\tat ");
  }

  @Test
  void export_writes_a_csv_with_a_header_and_one_row_per_article() throws Exception {
    ingest();
    Path out = dir.resolve("articles.csv");
    MainTest.Run r =
        run("export", "--data", data.toString(), "--format", "csv", "-o", out.toString());

    assertThat(r.code()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(3).first().asString().startsWith("id,url,");
  }

  @Test
  void stats_reports_articles_and_skips_by_reason() throws Exception {
    Files.writeString(pages.resolve("empty.html"), "");
    ingest();
    MainTest.Run r = run("stats", "--data", data.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("## by language").contains("skipped | empty");
  }

  @Test
  void ingest_enriches_so_that_search_filters_and_facets_by_entity() throws Exception {
    page(
        "kremlin.html",
        "Putin meets ministers",
        "President Vladimir Putin met his ministers in Moscow on Friday to discuss the budget.");
    MainTest.Run ingest = ingest();

    assertThat(ingest.err()).contains("enriched 3, enrichment failed 0, not enriched 0");
    MainTest.Run byId = run("search", "--data", data.toString(), "--entity", "Q7747", "on");
    assertThat(byId.out()).startsWith("1 article").contains("Putin meets ministers");
    MainTest.Run byField =
        run("search", "--data", data.toString(), "--facets", "entity:\"Vladimir Putin\"");
    assertThat(byField.out()).startsWith("1 article").contains("person: Vladimir Putin (1)");
    assertThat(run("stats", "--data", data.toString()).out())
        .contains("## top entities")
        .containsPattern("Q7747 +\\| Vladimir Putin +\\| PERSON");
  }

  @Test
  void ingest_with_no_enrich_stores_no_mentions() {
    MainTest.Run r = run("ingest", "--no-enrich", "--data", data.toString(), pages.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("enriched 0, enrichment failed 0, not enriched 2");
    assertThat(run("sql", "--data", data.toString(), "SELECT count(*) AS n FROM mentions").out())
        .isEqualTo("n\n-\n0\n");
  }
}
