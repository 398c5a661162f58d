package org.rassegna.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.rassegna.extract.Extraction;
import org.rassegna.model.Outcome;
import org.rassegna.model.SourceItem;
import org.rassegna.nlp.Annotator;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.lang.LanguageIdentifier;
import org.rassegna.nlp.ner.ModelNerTagger;
import org.rassegna.source.PageSource;
import org.rassegna.source.SourceOptions;
import org.rassegna.source.Sources;

/**
 * Fixtures of the enrichment tests: one annotator (Italian and English, shipped KB and NER) and the
 * seed page extracted once, plus ingest and SQL helpers on a corpus folder.
 */
final class SeedCorpus {
  private static final Path SEED = Path.of("src/test/resources/seed");
  private static Annotator annotator;
  private static Outcome.Extracted seed;

  private SeedCorpus() {}

  static synchronized Annotator annotator() {
    if (annotator == null) {
      annotator =
          new Annotator(
              LanguageIdentifier.of(List.of("it", "en")),
              KnowledgeBase.shipped(),
              ModelNerTagger.fromClasspath());
    }
    return annotator;
  }

  static synchronized Outcome.Extracted seed() throws IOException {
    if (seed == null) {
      try (PageSource source = Sources.open(List.of(SEED), SourceOptions.defaults())) {
        for (SourceItem item : source) {
          seed = (Outcome.Extracted) Extraction.withDefaults().apply(item, Set.of());
        }
      }
    }
    return seed;
  }

  static CorpusEntry enriched(Outcome.Extracted o) {
    return CorpusEntry.enrich(o, annotator());
  }

  static IngestCounts ingest(Path dir, CorpusEntry... entries) throws IOException {
    try (Corpus c = Corpus.open(dir)) {
      for (CorpusEntry e : entries) {
        c.add(e);
      }
      c.commit();
      return c.counts();
    }
  }

  static List<List<String>> sql(Path dir, String query) throws IOException, SQLException {
    try (CorpusSql sql = CorpusSql.open(dir)) {
      return sql.query(query, 10_000).rows();
    }
  }
}
