package org.rassegna.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rassegna.store.Articles.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.model.Outcome;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;
import org.rassegna.model.Stage;
import org.rassegna.store.index.IndexStore;

class CorpusTest {
  @TempDir Path dir;

  static final List<Outcome> SAMPLE =
      List.of(
          article(
              "https://example.it/maduro",
              "it",
              "Example IT",
              "2024-01-10",
              "Mario Rossi",
              "Maduro parla a Caracas",
              "Il presidente venezuelano Nicolás Maduro ha parlato ieri a Caracas davanti ai"
                  + " sostenitori."),
          article(
              "https://example.com/putin",
              "en",
              "Example News",
              "2024-02-03",
              "Jane Doe",
              "Putin meets ministers",
              "President Vladimir Putin met his ministers in Moscow on Friday to discuss the"
                  + " budget."),
          article(
              "https://example.it/putin",
              "it",
              "Example IT",
              "2024-03-05",
              "Mario Rossi",
              "Putin e i ministri",
              "Il presidente russo Vladimir Putin ha incontrato i ministri a Mosca per parlare"
                  + " del bilancio."),
          new Outcome.Skipped(
              SourceRef.file("test/empty.html", SourceFormat.HTML), Reason.EMPTY, "page is empty"),
          new Outcome.Failed(
              SourceRef.file("test/bad.html", SourceFormat.HTML),
              Stage.EXTRACT,
              Reason.TOO_LARGE,
              "too large"));

  private IngestCounts ingest(List<Outcome> outcomes) throws IOException {
    try (Corpus c = Corpus.open(dir, 2)) {
      for (Outcome o : outcomes) {
        c.add(o);
      }
      c.commit();
      return c.counts();
    }
  }

  private long count() throws IOException {
    try (Corpus c = Corpus.open(dir)) {
      assertThat(c.indexedIds()).isEqualTo(c.originalIds());
      return c.articleCount();
    }
  }

  @Test
  void ingesting_the_same_outcomes_twice_adds_nothing() throws IOException {
    IngestCounts first = ingest(SAMPLE);
    IngestCounts second = ingest(SAMPLE);

    assertThat(first.inserted()).isEqualTo(3);
    assertThat(second.inserted()).isZero();
    assertThat(second.unchanged()).isEqualTo(3);
    assertThat(count()).isEqualTo(3);
  }

  @Test
  void changed_page_with_the_same_url_replaces_the_old_version() throws Exception {
    ingest(SAMPLE);
    IngestCounts again =
        ingest(
            List.of(
                article(
                    "https://example.com/putin",
                    "en",
                    "Example News",
                    "2024-02-03",
                    "Jane Doe",
                    "Putin meets ministers (updated)",
                    "President Vladimir Putin met his ministers and governors in Moscow.")));

    assertThat(again.replaced()).isEqualTo(1);
    assertThat(count()).isEqualTo(3);
    try (CorpusSearch s = CorpusSearch.open(dir)) {
      assertThat(s.search(SearchRequest.of("governors")).total()).isEqualTo(1);
      assertThat(s.search(SearchRequest.of("budget")).total()).isZero();
    }
  }

  @Test
  void exact_copy_under_another_url_is_recorded_as_duplicate_and_not_indexed() throws Exception {
    Outcome.Extracted original = (Outcome.Extracted) SAMPLE.get(0);
    Outcome copy =
        article(
            "https://mirror.example.org/maduro",
            "it",
            "Example IT",
            "2024-01-10",
            "Mario Rossi",
            original.article().title().orElseThrow(),
            original.article().text());
    IngestCounts counts = ingest(List.of(original, copy));

    assertThat(counts.duplicates()).isEqualTo(1);
    try (CorpusSql sql = CorpusSql.open(dir)) {
      ResultTable t =
          sql.query("SELECT url, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL", 10);
      assertThat(t.rows()).hasSize(1);
      assertThat(t.rows().get(0).get(0)).isEqualTo("https://mirror.example.org/maduro");
    }
    try (CorpusSearch s = CorpusSearch.open(dir)) {
      assertThat(s.search(SearchRequest.of("Maduro")).total()).isEqualTo(1);
    }
  }

  @Test
  void search_finds_the_article_with_a_highlighted_snippet() throws Exception {
    ingest(SAMPLE);
    try (CorpusSearch s = CorpusSearch.open(dir)) {
      SearchResults r = s.search(SearchRequest.of("Maduro"));

      assertThat(r.total()).isEqualTo(1);
      SearchHit hit = r.hits().get(0);
      assertThat(hit.title()).contains("Maduro parla a Caracas");
      assertThat(hit.site()).contains("Example IT");
      assertThat(hit.published()).contains("2024-01-10");
      assertThat(hit.snippet()).contains("**Maduro**");
    }
  }

  @Test
  void language_site_author_and_date_filters_narrow_the_results() throws Exception {
    ingest(SAMPLE);
    try (CorpusSearch s = CorpusSearch.open(dir)) {
      SearchRequest putin = SearchRequest.of("Putin");
      assertThat(s.search(putin).total()).isEqualTo(2);
      assertThat(s.search(putin.withLanguage("it")).hits())
          .extracting(h -> h.language().orElseThrow())
          .containsExactly("it");
      assertThat(s.search(putin.withSite("example news")).total()).isEqualTo(1);
      assertThat(s.search(putin.withAuthor("mario rossi")).total()).isEqualTo(1);
      assertThat(
              s.search(
                      putin.withDates(Optional.of(LocalDate.parse("2024-03-01")), Optional.empty()))
                  .total())
          .isEqualTo(1);
      assertThat(s.search(SearchRequest.of("putin lang:en")).total()).isEqualTo(1);
    }
  }

  @Test
  void phrases_exclusions_and_stemming_work_per_language() throws Exception {
    ingest(SAMPLE);
    try (CorpusSearch s = CorpusSearch.open(dir)) {
      assertThat(s.search(SearchRequest.of("\"Vladimir Putin\"")).total()).isEqualTo(2);
      assertThat(s.search(SearchRequest.of("Putin -Mosca")).total()).isEqualTo(1);
      assertThat(s.search(SearchRequest.of("minister")).total()).isEqualTo(1);
      assertThat(s.search(SearchRequest.of("-Putin")).total()).isEqualTo(1);
    }
  }

  @Test
  void facets_count_the_matching_articles() throws Exception {
    ingest(SAMPLE);
    try (CorpusSearch s = CorpusSearch.open(dir)) {
      SearchResults r = s.search(SearchRequest.of("Putin").withFacets(true));

      assertThat(r.facets().get("language"))
          .containsExactlyInAnyOrder(
              new SearchResults.FacetCount("it", 1), new SearchResults.FacetCount("en", 1));
      assertThat(r.facets().get("month")).hasSize(2);
    }
  }

  @Test
  void malformed_query_gives_a_one_line_message() throws Exception {
    ingest(SAMPLE);
    try (CorpusSearch s = CorpusSearch.open(dir)) {
      assertThatThrownBy(() -> s.search(SearchRequest.of("\"unclosed phrase")))
          .isInstanceOf(QuerySyntaxException.class)
          .hasMessageStartingWith("cannot parse query")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
      assertThatThrownBy(() -> s.search(SearchRequest.of("colour:red")))
          .hasMessageContaining("unknown field 'colour:'");
    }
  }

  @Test
  void skipped_and_failed_records_are_counted_by_reason_once_per_record() throws Exception {
    ingest(SAMPLE);
    ingest(SAMPLE);
    try (CorpusSql sql = CorpusSql.open(dir)) {
      ResultTable t = sql.stats().get("skipped and failed by reason");
      assertThat(t.rows())
          .containsExactly(List.of("failed", "too-large", "1"), List.of("skipped", "empty", "1"));
    }
  }

  @Test
  void lost_index_is_rebuilt_from_the_database_on_open() throws Exception {
    ingest(SAMPLE);
    deleteRecursively(new CorpusLayout(dir).index());
    try (Corpus c = Corpus.open(dir)) {
      assertThat(c.reindexedOnOpen()).isEqualTo(3);
      assertThat(c.indexedIds()).isEqualTo(c.originalIds()).hasSize(3);
    }
  }

  @Test
  void index_of_an_older_document_layout_is_rebuilt_on_open() throws Exception {
    ingest(SAMPLE);
    // What an index written before the layout key existed looks like: the batch id alone.
    try (FSDirectory d = FSDirectory.open(new CorpusLayout(dir).index());
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Map<String, String> data = new HashMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.remove(IndexStore.LAYOUT_KEY);
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
    try (Corpus c = Corpus.open(dir)) {
      assertThat(c.reindexedOnOpen()).isEqualTo(3);
      assertThat(c.indexedIds()).isEqualTo(c.originalIds()).hasSize(3);
    }
    try (Corpus c = Corpus.open(dir)) {
      assertThat(c.reindexedOnOpen()).isZero();
    }
  }

  @Test
  void second_writer_is_refused_while_the_first_is_open() throws Exception {
    try (Corpus first = Corpus.open(dir)) {
      assertThatThrownBy(() -> Corpus.open(dir))
          .isInstanceOf(CorpusLockedException.class)
          .hasMessageContaining("one ingest at a time");
    }
  }

  @Test
  void tables_export_to_jsonl_csv_and_parquet() throws Exception {
    ingest(SAMPLE);
    try (CorpusSql sql = CorpusSql.open(dir)) {
      for (ExportFormat f : ExportFormat.values()) {
        Path out = dir.resolve("articles." + f.name().toLowerCase());
        sql.export("articles", f, out);
        assertThat(out).isNotEmptyFile();
      }
      assertThat(Files.readAllLines(dir.resolve("articles.jsonl"))).hasSize(3);
    }
  }

  private static void deleteRecursively(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
