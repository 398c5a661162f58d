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
import org.rassegna.store.sql.CorpusDatabase;
import org.rassegna.store.sql.OutcomeRow;

/**
 * The outcomes gathered for the next commit, and the plan of what committing them changes: which
 * rows are new or replaced, which are unchanged and left alone, which are exact duplicates.
 */
final class Batch {
  private final List<Outcome> outcomes = new ArrayList<>();

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

  void add(Outcome o) {
    outcomes.add(o);
  }

  int size() {
    return outcomes.size();
  }

  void clear() {
    outcomes.clear();
  }

  /** Decides, in input order, what each outcome does against what the database holds. */
  Plan plan(CorpusDatabase db, long batchId) throws SQLException {
    List<StoredArticle> articles = new ArrayList<>();
    List<OutcomeRow> rows = new ArrayList<>();
    long skipped = 0;
    long failed = 0;
    for (Outcome o : outcomes) {
      if (o instanceof Outcome.Extracted e) {
        articles.add(StoredArticle.of(e.article()));
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
    Map<String, String> known =
        new HashMap<>(db.hashesOf(articles.stream().map(StoredArticle::id).toList()));
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
      String previous = known.get(a.id());
      if (a.contentHash().equals(previous)) {
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
      known.put(a.id(), a.contentHash());
      toWrite.remove(a.id());
      toWrite.put(a.id(), a.withBatch(batchId));
    }
    IngestCounts counts =
        new IngestCounts(
            outcomes.size(),
            articles.size(),
            skipped,
            failed,
            inserted,
            replaced,
            unchanged,
            duplicates);
    return new Plan(List.copyOf(toWrite.values()), rows, extractedKeys, counts);
  }
}
