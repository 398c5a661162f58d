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
import org.rassegna.nlp.Annotator;
import org.rassegna.nlp.NerTagger;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.lang.LanguageIdentifier;

/**
 * The seed page (Italian, Putin–Maduro phone call, copied to {@code src/test/resources/seed}) goes
 * through extraction and enrichment into a corpus; its entities must come out of the {@code
 * mentions} table with offsets into the stored text, out of the facets and through the entity
 * filter, and survive re-ingest, replacement and an index rebuilt from the database.
 */
class CorpusEnrichmentTest {
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

  private long hits(SearchRequest request) throws Exception {
    try (CorpusSearch s = CorpusSearch.open(dir)) {
      return s.search(request).total();
    }
  }

  @Test
  void putin_mentions_are_stored_with_offsets_that_point_at_their_text() throws Exception {
    IngestCounts counts = ingest(enriched(seed));

    assertThat(counts.enriched()).isEqualTo(1);
    List<List<String>> rows =
        sql(
            "SELECT m.text, substr(a.text, m.start_char + 1, m.end_char - m.start_char),"
                + " m.entity_name, m.entity_type, m.sentence FROM mentions m"
                + " JOIN articles a ON a.id = m.article_id WHERE m.entity_id = 'Q7747'"
                + " ORDER BY m.start_char");
    assertThat(rows).isNotEmpty();
    for (List<String> r : rows) {
      assertThat(r.get(1)).isEqualTo(r.get(0));
      assertThat(r.subList(2, 4)).containsExactly("Vladimir Putin", "PERSON");
      assertThat(r.get(4)).isNotEmpty();
    }
    assertThat(rows).extracting(r -> r.get(0)).contains("Vladimir Putin", "Putin");
    assertThat(sql("SELECT name, type, country FROM entities WHERE id = 'Q7747'"))
        .containsExactly(List.of("Vladimir Putin", "PERSON", "RUS"));
  }

  @Test
  void language_and_its_confidence_are_stored() throws Exception {
    ingest(enriched(seed));

    List<String> row =
        sql("SELECT language, detected_language, language_confidence, enrichment FROM articles")
            .get(0);
    assertThat(row.subList(0, 2)).containsExactly("it", "it");
    assertThat(Double.parseDouble(row.get(2))).isGreaterThan(0.9);
    assertThat(row.get(3)).isEqualTo("enriched");
  }

  @Test
  void person_facet_lists_putin_and_the_entity_filter_takes_id_or_name() throws Exception {
    ingest(enriched(seed), CorpusEntry.plain(CorpusTest.SAMPLE.get(0)));

    try (CorpusSearch s = CorpusSearch.open(dir)) {
      SearchResults r = s.search(SearchRequest.of("Maduro").withFacets(true));
      assertThat(r.facets().get("person"))
          .extracting(SearchResults.FacetCount::value)
          .contains("Vladimir Putin");
      assertThat(r.facets().get("location"))
          .extracting(SearchResults.FacetCount::value)
          .contains("Venezuela");
    }
    assertThat(hits(SearchRequest.of("Maduro"))).isEqualTo(2);
    assertThat(hits(SearchRequest.of("Maduro").withEntity("Q7747"))).isEqualTo(1);
    assertThat(hits(SearchRequest.of("Maduro").withEntity("q7747"))).isEqualTo(1);
    assertThat(hits(SearchRequest.of("Maduro").withEntity("Vladimir Putin"))).isEqualTo(1);
    assertThat(hits(SearchRequest.of("Maduro").withEntity("NICOLAS  maduro"))).isEqualTo(1);
    assertThat(hits(SearchRequest.of("Maduro").withEntity("Q1"))).isZero();
    assertThat(hits(SearchRequest.of("entity:Q7747"))).isEqualTo(1);
    assertThat(hits(SearchRequest.of("entity:\"Vladimir Putin\" Maduro"))).isEqualTo(1);
  }

  @Test
  void reingest_leaves_the_mentions_as_they_were() throws Exception {
    ingest(enriched(seed));
    List<List<String>> before = sql("SELECT * FROM mentions ORDER BY start_char, end_char");

    IngestCounts again = ingest(enriched(seed));

    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(sql("SELECT * FROM mentions ORDER BY start_char, end_char")).isEqualTo(before);
  }

  @Test
  void changed_page_replaces_its_mentions_and_drops_entities_no_longer_mentioned()
      throws Exception {
    Outcome.Extracted first =
        Articles.article(
            "https://example.it/telefonata",
            "it",
            "Example IT",
            "2024-01-10",
            "Mario Rossi",
            "Telefonata",
            "Il presidente russo Vladimir Putin ha telefonato a Nicolás Maduro.");
    Outcome.Extracted changed =
        Articles.article(
            "https://example.it/telefonata",
            "it",
            "Example IT",
            "2024-01-10",
            "Mario Rossi",
            "Telefonata",
            "Il presidente venezuelano Nicolás Maduro ha parlato a Caracas.");
    ingest(enriched(first));
    assertThat(hits(SearchRequest.of("telefonata").withEntity("Q7747"))).isEqualTo(1);

    IngestCounts counts = ingest(enriched(changed));

    assertThat(counts.replaced()).isEqualTo(1);
    assertThat(sql("SELECT count(*) FROM mentions WHERE entity_id = 'Q7747'"))
        .containsExactly(List.of("0"));
    assertThat(sql("SELECT count(*) FROM entities WHERE id = 'Q7747'"))
        .containsExactly(List.of("0"));
    assertThat(sql("SELECT count(*) FROM mentions WHERE entity_id = 'Q57413'").get(0).get(0))
        .isNotEqualTo("0");
    assertThat(hits(SearchRequest.of("telefonata").withEntity("Q7747"))).isZero();
    assertThat(hits(SearchRequest.of("telefonata").withEntity("Q57413"))).isEqualTo(1);
  }

  @Test
  void without_enrichment_no_mentions_are_stored_and_a_later_enriched_run_adds_them()
      throws Exception {
    IngestCounts plain = ingest(CorpusEntry.plain(seed));

    assertThat(plain.notEnriched()).isEqualTo(1);
    assertThat(sql("SELECT count(*) FROM mentions")).containsExactly(List.of("0"));
    assertThat(sql("SELECT enrichment, language_confidence FROM articles"))
        .containsExactly(List.of("none", ""));
    assertThat(hits(SearchRequest.of("Maduro").withEntity("Q7747"))).isZero();

    IngestCounts enriched = ingest(enriched(seed));

    assertThat(enriched.replaced()).isEqualTo(1);
    assertThat(sql("SELECT count(*) FROM mentions WHERE entity_id = 'Q7747'").get(0).get(0))
        .isNotEqualTo("0");
    assertThat(hits(SearchRequest.of("Maduro").withEntity("Q7747"))).isEqualTo(1);

    IngestCounts plainAgain = ingest(CorpusEntry.plain(seed));

    assertThat(plainAgain.unchanged()).isEqualTo(1);
    assertThat(hits(SearchRequest.of("Maduro").withEntity("Q7747"))).isEqualTo(1);
  }

  @Test
  void failing_enrichment_stores_the_article_without_entities_and_counts_it() throws Exception {
    NerTagger broken =
        (text, sentences, language) -> {
          throw new IllegalStateException("model file is corrupt");
        };
    Annotator failing =
        new Annotator(LanguageIdentifier.of(List.of("it", "en")), KnowledgeBase.shipped(), broken);

    CorpusEntry entry = CorpusEntry.enrich(seed, failing);
    IngestCounts counts = ingest(entry, enriched((Outcome.Extracted) CorpusTest.SAMPLE.get(1)));

    assertThat(entry.enrichmentFailure().orElseThrow()).contains("model file is corrupt");
    assertThat(counts.extracted()).isEqualTo(2);
    assertThat(counts.enrichmentFailed()).isEqualTo(1);
    assertThat(counts.enriched()).isEqualTo(1);
    assertThat(counts.notEnriched()).isZero();
    assertThat(
            sql(
                "SELECT enrichment, coalesce(enrichment_error LIKE '%corrupt%', false) FROM articles"
                    + " ORDER BY 1"))
        .containsExactly(List.of("enriched", "false"), List.of("failed", "true"));
    assertThat(hits(SearchRequest.of("Maduro"))).isEqualTo(1);
  }

  @Test
  void index_rebuilt_from_the_database_keeps_the_entity_facets() throws Exception {
    ingest(enriched(seed));
    try (var walk = Files.walk(new CorpusLayout(dir).index())) {
      for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
    try (Corpus c = Corpus.open(dir)) {
      assertThat(c.reindexedOnOpen()).isEqualTo(1);
    }

    assertThat(hits(SearchRequest.of("Maduro").withEntity("Q7747"))).isEqualTo(1);
    try (CorpusSearch s = CorpusSearch.open(dir)) {
      assertThat(s.search(SearchRequest.of("Maduro").withFacets(true)).facets().get("person"))
          .extracting(SearchResults.FacetCount::value)
          .contains("Vladimir Putin");
    }
  }

  @Test
  void stats_rank_entities_by_articles() throws Exception {
    ingest(enriched(seed), enriched((Outcome.Extracted) CorpusTest.SAMPLE.get(2)));

    try (CorpusSql sql = CorpusSql.open(dir)) {
      ResultTable top = sql.stats().get("top entities");
      assertThat(top.columns()).containsExactly("id", "name", "type", "articles", "mentions");
      assertThat(top.rows()).contains(List.of("Q7747", "Vladimir Putin", "PERSON", "2", "5"));
    }
  }

  @Test
  void database_of_an_older_version_gains_the_enrichment_columns_and_tables_on_open()
      throws Exception {
    Files.createDirectories(dir);
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + new CorpusLayout(dir).database());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE articles (id VARCHAR PRIMARY KEY, url VARCHAR, site_name VARCHAR,"
              + " title VARCHAR, published VARCHAR, published_day DATE, language VARCHAR,"
              + " authors VARCHAR[], section VARCHAR, tags VARCHAR[], page_type VARCHAR,"
              + " text VARCHAR, source_path VARCHAR, source_offset BIGINT, source_line BIGINT,"
              + " content_hash VARCHAR NOT NULL, duplicate_of VARCHAR, batch_id BIGINT NOT NULL,"
              + " ingested_at TIMESTAMP NOT NULL)");
      s.execute(
          "CREATE TABLE runs (run_id BIGINT PRIMARY KEY, started_at TIMESTAMP NOT NULL,"
              + " finished_at TIMESTAMP, read BIGINT, extracted BIGINT, skipped BIGINT,"
              + " failed BIGINT, inserted BIGINT, replaced BIGINT, unchanged BIGINT,"
              + " duplicates BIGINT)");
      s.execute(
          "INSERT INTO articles (id, page_type, text, source_path, content_hash, batch_id,"
              + " ingested_at) VALUES ('old', 'article', 'Vecchio testo', 'old.html', 'h', 0,"
              + " now())");
    }

    ingest(enriched(seed));

    assertThat(sql("SELECT id = 'old', enrichment FROM articles ORDER BY 1"))
        .containsExactly(List.of("false", "enriched"), List.of("true", "none"));
    assertThat(sql("SELECT enriched FROM runs")).containsExactly(List.of("1"));
    assertThat(sql("SELECT count(*) > 0, (SELECT count(*) > 0 FROM events) FROM quotes"))
        .containsExactly(List.of("true", "true"));
    assertThat(hits(SearchRequest.of("Maduro").withEntity("Q7747"))).isEqualTo(1);
  }
}
