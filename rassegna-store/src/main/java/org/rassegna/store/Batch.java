package org.rassegna.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rassegna.model.Outcome;
import org.rassegna.store.internal.StoredArticle;
import org.rassegna.store.internal.StoredEnrichment;
import org.rassegna.store.sql.CorpusDatabase;
import org.rassegna.store.sql.OutcomeRow;

/**
 * The entries gathered for the next commit, and the plan of what committing them changes: which
 * rows are new or replaced (a changed page, or an unenriched row now enriched), which are unchanged
 * and left alone, which are exact duplicates.
 */
final class Batch {
  private final List<CorpusEntry> entries = new ArrayList<>();

  /** What a batch writes, and the counts it adds to the run. */
  record Plan(
      List<StoredArticle> rows,
      List<OutcomeRow> outcomes,
      Set<String> extractedKeys,
      IngestCounts counts) {
    boolean isEmpty() {
      return rows.isEmpty() && outcomes.isEmpty();
    }
  }

  void add(CorpusEntry e) {
    entries.add(e);
  }

  int size() {
    return entries.size();
  }

  void clear() {
    entries.clear();
  }

  /** Decides, in input order, what each outcome does against what the database holds. */
  Plan plan(CorpusDatabase db, long batchId) throws SQLException {
    List<StoredArticle> articles = new ArrayList<>();
    List<OutcomeRow> rows = new ArrayList<>();
    long skipped = 0;
    long failed = 0;
    long enriched = 0;
    long enrichmentFailed = 0;
    for (CorpusEntry entry : entries) {
      Outcome o = entry.outcome();
      if (o instanceof Outcome.Extracted e) {
        StoredEnrichment enrichment = entry.enrichment();
        enriched += enrichment.enriched() ? 1 : 0;
        enrichmentFailed += enrichment.status() == StoredEnrichment.Status.FAILED ? 1 : 0;
        articles.add(StoredArticle.of(e.article(), enrichment));
      } else if (o instanceof Outcome.Skipped s) {
        skipped++;
        rows.add(
            new OutcomeRow(
                StoredArticle.sourceKey(s.source()),
                s.source().path(),
                "skipped",
                Optional.empty(),
                s.reason().code(),
                s.message()));
      } else if (o instanceof Outcome.Failed f) {
        failed++;
        rows.add(
            new OutcomeRow(
                StoredArticle.sourceKey(f.source()),
                f.source().path(),
                "failed",
                Optional.of(f.stage().code()),
                f.reason().code(),
                f.message()));
      }
    }
    Map<String, CorpusDatabase.Stored> known =
        new HashMap<>(db.storedOf(articles.stream().map(StoredArticle::id).toList()));
    Map<String, String> originals =
        new HashMap<>(db.originalsOf(articles.stream().map(StoredArticle::contentHash).toList()));
    Map<String, StoredArticle> toWrite = new LinkedHashMap<>();
    Set<String> extractedKeys = new LinkedHashSet<>();
    long inserted = 0;
    long replaced = 0;
    long unchanged = 0;
    long duplicates = 0;
    for (StoredArticle a : articles) {
      extractedKeys.add(a.sourceKey());
      CorpusDatabase.Stored previous = known.get(a.id());
      if (previous != null && !improves(a, previous)) {
        unchanged++;
        continue;
      }
      if (previous == null) {
        inserted++;
      } else {
        replaced++;
      }
      String original = originals.putIfAbsent(a.contentHash(), a.id());
      if (original != null && !original.equals(a.id())) {
        a = a.withDuplicateOf(Optional.of(original));
        duplicates++;
      }
      known.put(a.id(), new CorpusDatabase.Stored(a.contentHash(), a.enrichment().enriched()));
      toWrite.remove(a.id());
      toWrite.put(a.id(), a.withBatch(batchId));
    }
    IngestCounts counts =
        new IngestCounts(
            entries.size(),
            articles.size(),
            skipped,
            failed,
            inserted,
            replaced,
            unchanged,
            duplicates,
            enriched,
            enrichmentFailed);
    return new Plan(List.copyOf(toWrite.values()), rows, extractedKeys, counts);
  }

  /**
   * Whether writing the article changes what is stored: its content differs, or it brings the
   * enrichment the stored row lacks (an article first ingested with {@code --no-enrich}, or
   * enriched by a version that stored no quotes and events). An unenriched copy of an enriched row
   * changes nothing, so a {@code --no-enrich} run keeps entities.
   */
  private static boolean improves(StoredArticle a, CorpusDatabase.Stored previous) {
    return !a.contentHash().equals(previous.contentHash())
        || (a.enrichment().enriched() && !previous.enriched());
  }
}
