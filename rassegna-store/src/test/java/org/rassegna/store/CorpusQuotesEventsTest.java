package org.rassegna.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.model.Outcome;
import org.rassegna.store.internal.StoredEnrichment;

/**
 * The seed page's quotes (Peskov's among them) and political events (the Putin–Maduro phone call)
 * go into the {@code quotes} and {@code events} tables with the article, stay single across
 * re-ingests, go with a changed page, survive {@code --no-enrich} runs, show as the {@code speaker}
 * and {@code event_type} facets (also after the index is rebuilt from the database) and export.
 */
class CorpusQuotesEventsTest {
  private static final String COUNTS =
      "SELECT (SELECT count(*) FROM quotes), (SELECT count(*) FROM events)";
  private static Outcome.Extracted seed;

  @TempDir Path dir;

  @BeforeAll
  static void extractSeed() throws IOException {
    seed = SeedCorpus.seed();
  }

  private IngestCounts ingest(CorpusEntry... entries) throws IOException {
    return SeedCorpus.ingest(dir, entries);
  }

  private CorpusEntry enriched(Outcome.Extracted o) {
    return SeedCorpus.enriched(o);
  }

  private List<List<String>> sql(String query) throws IOException, SQLException {
    return SeedCorpus.sql(dir, query);
  }

  private List<String> facet(String dimension) throws Exception {
    try (CorpusSearch s = CorpusSearch.open(dir)) {
      return s.search(SearchRequest.of("Maduro").withFacets(true)).facets().get(dimension).stream()
          .map(SearchResults.FacetCount::value)
          .toList();
    }
  }

  @Test
  void peskov_quotes_are_stored_with_his_entity_id_and_offsets_that_point_at_the_text()
      throws Exception {
    ingest(enriched(seed));

    List<List<String>> rows =
        sql(
            "SELECT substr(a.text, q.start_char + 1, q.end_char - q.start_char), q.text,"
                + " q.speaker_name, q.verb, q.sentence FROM quotes q"
                + " JOIN articles a ON a.id = q.article_id"
                + " WHERE q.speaker_entity_id = 'person:dmitry_peskov' ORDER BY q.ordinal");
    assertThat(rows).isNotEmpty();
    for (List<String> r : rows) {
      String atOffsets = r.get(0);
      String quote = r.get(1);
      // A quote split by its attribution spans both parts: its ends still match the text.
      assertThat(atOffsets).startsWith(quote.substring(0, 20));
      assertThat(atOffsets).endsWith(quote.substring(quote.length() - 20));
      assertThat(r.get(2)).isEqualTo("Dmitry Peskov");
      assertThat(r.get(3)).isNotEmpty();
      assertThat(r.get(4)).isNotEmpty();
    }
    assertThat(rows)
        .extracting(r -> r.get(1))
        .contains("La questione non era all’ordine del giorno");
  }

  @Test
  void the_phone_call_is_a_consult_event_from_russia_to_venezuela_on_its_day() throws Exception {
    ingest(enriched(seed));

    assertThat(
            sql(
                "SELECT source_name, source_country, target_name, target_country,"
                    + " CAST(event_date AS VARCHAR), mode, negated FROM events"
                    + " WHERE type = 'CONSULT'"))
        .contains(
            List.of(
                "Vladimir Putin", "RUS", "Nicolás Maduro", "VEN", "2022-01-20", "phone", "false"));
  }

  @Test
  void reingest_neither_duplicates_nor_changes_quotes_and_events() throws Exception {
    ingest(enriched(seed));
    List<List<String>> quotes = sql("SELECT * FROM quotes ORDER BY ordinal");
    List<List<String>> events = sql("SELECT * FROM events ORDER BY ordinal");

    IngestCounts again = ingest(enriched(seed));

    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(sql("SELECT * FROM quotes ORDER BY ordinal")).isEqualTo(quotes);
    assertThat(sql("SELECT * FROM events ORDER BY ordinal")).isEqualTo(events);
  }

  @Test
  void a_no_enrich_run_keeps_quotes_and_events() throws Exception {
    ingest(enriched(seed));
    List<List<String>> before = sql(COUNTS);

    IngestCounts plain = ingest(CorpusEntry.plain(seed));

    assertThat(plain.unchanged()).isEqualTo(1);
    assertThat(sql(COUNTS)).isEqualTo(before);
    assertThat(facet("event_type")).contains("CONSULT");
  }

  @Test
  void a_row_enriched_before_quotes_and_events_gains_them_when_its_page_comes_again()
      throws Exception {
    ingest(enriched(seed));
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + new CorpusLayout(dir).database());
        Statement s = c.createStatement()) {
      // What a version storing entities only left behind: the row, no version, no quotes.
      s.execute("UPDATE articles SET enrichment_version = NULL");
      s.execute("DELETE FROM quotes");
      s.execute("DELETE FROM events");
    }

    IngestCounts plain = ingest(CorpusEntry.plain(seed));
    assertThat(plain.unchanged()).isEqualTo(1);
    IngestCounts again = ingest(enriched(seed));

    assertThat(again.replaced()).isEqualTo(1);
    assertThat(sql("SELECT count(*) > 0 FROM quotes")).containsExactly(List.of("true"));
    assertThat(sql("SELECT enrichment_version FROM articles"))
        .containsExactly(List.of("" + StoredEnrichment.VERSION));
    assertThat(facet("speaker")).contains("Dmitry Peskov");
  }

  @Test
  void changed_page_replaces_its_quotes_and_events() throws Exception {
    String url = "https://example.it/telefonata";
    ingest(
        enriched(
            Articles.article(
                url,
                "it",
                "Example IT",
                "2024-01-10",
                "Mario Rossi",
                "Telefonata",
                "Il presidente russo Vladimir Putin ha telefonato a Nicolás Maduro."
                    + " «Siamo al fianco del Venezuela», ha detto Putin.")));
    assertThat(sql("SELECT type FROM events")).contains(List.of("CONSULT"));
    assertThat(sql("SELECT speaker_entity_id FROM quotes")).containsExactly(List.of("Q7747"));

    IngestCounts counts =
        ingest(
            enriched(
                Articles.article(
                    url,
                    "it",
                    "Example IT",
                    "2024-01-10",
                    "Mario Rossi",
                    "Telefonata",
                    "Il presidente venezuelano Nicolás Maduro ha parlato a Caracas.")));

    assertThat(counts.replaced()).isEqualTo(1);
    assertThat(sql("SELECT count(*) FROM quotes")).containsExactly(List.of("0"));
    assertThat(sql("SELECT count(*) FROM events WHERE type = 'CONSULT'"))
        .containsExactly(List.of("0"));
  }

  @Test
  void speaker_and_event_type_facets_survive_an_index_rebuilt_from_the_database() throws Exception {
    ingest(enriched(seed), CorpusEntry.plain(CorpusTest.SAMPLE.get(0)));
    assertThat(facet("event_type")).contains("CONSULT");
    assertThat(facet("speaker")).contains("Dmitry Peskov");

    try (var walk = Files.walk(new CorpusLayout(dir).index())) {
      for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
    try (Corpus c = Corpus.open(dir)) {
      assertThat(c.reindexedOnOpen()).isEqualTo(2);
    }

    assertThat(facet("event_type")).contains("CONSULT");
    assertThat(facet("speaker")).contains("Dmitry Peskov");
  }

  @Test
  void events_export_as_csv_with_a_header_and_one_line_per_event() throws Exception {
    ingest(enriched(seed));
    Path out = dir.resolve("events.csv");

    try (CorpusSql sql = CorpusSql.open(dir)) {
      sql.export("events", ExportFormat.CSV, out);
    }

    List<String> lines = Files.readAllLines(out);
    long events = Long.parseLong(sql("SELECT count(*) FROM events").get(0).get(0));
    assertThat(lines.get(0))
        .startsWith("article_id,ordinal,type,mode,source_entity_id,source_name,source_country")
        .contains("event_date", "negated", "confidence");
    assertThat(lines).hasSize((int) events + 1);
    assertThat(lines.subList(1, lines.size()))
        .anySatisfy(l -> assertThat(l).contains(",CONSULT,phone,", ",RUS,", ",VEN,", "2022-01-20"));
  }

  @Test
  void stats_count_events_by_type_and_rank_speakers() throws Exception {
    ingest(enriched(seed));

    try (CorpusSql sql = CorpusSql.open(dir)) {
      var stats = sql.stats();
      assertThat(stats.get("events by type").rows()).extracting(r -> r.get(0)).contains("CONSULT");
      assertThat(stats.get("top speakers").rows().get(0).subList(0, 2))
          .containsExactly("person:dmitry_peskov", "Dmitry Peskov");
    }
  }
}
