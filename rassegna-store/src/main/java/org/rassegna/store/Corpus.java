package org.rassegna.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import org.rassegna.model.Outcome;
import org.rassegna.store.index.IndexStore;
import org.rassegna.store.internal.StoredArticle;
import org.rassegna.store.internal.WriteLock;
import org.rassegna.store.sql.CorpusDatabase;
import org.rassegna.store.sql.RunCounts;

/**
 * The writer of a corpus folder: takes extraction outcomes and commits them in batches to DuckDB
 * and then to Lucene. One writer per folder (a lock file); readers use {@link CorpusSearch} and
 * {@link CorpusSql}.
 *
 * <p>Idempotent: an article's id comes from its canonical URL or, without one, its text; one whose
 * id and content hash are already stored is left alone, one whose content changed replaces the old
 * row and document, and one whose content equals another article's is kept in SQL with {@code
 * duplicate_of} set and left out of the index.
 *
 * <p>Crash-safe: DuckDB is the source of truth. A batch commits in one DuckDB transaction, and only
 * then in one Lucene commit carrying the batch id, so the index can lag the database but never lead
 * it. On open, the articles of every batch after the index's last one are indexed again. DuckDB
 * wins because it holds the whole row (the index can be rebuilt from it, not the other way round)
 * and because its transaction covers the article rows, their entity mentions, the outcomes and the
 * run log at once.
 */
public final class Corpus implements Closeable {
  /** Articles and outcomes per batch when none is given. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  private final WriteLock lock;
  private final CorpusDatabase db;
  private final IndexStore index;
  private final int batchSize;
  private final long runId;
  private final long reindexed;
  private final Batch pending = new Batch();
  private long lastBatch;
  private IngestCounts counts = IngestCounts.zero();

  private Corpus(WriteLock lock, CorpusDatabase db, IndexStore index, int batchSize)
      throws IOException, SQLException {
    this.lock = lock;
    this.db = db;
    this.index = index;
    this.batchSize = batchSize;
    this.lastBatch = db.lastBatch();
    this.reindexed = reconcile();
    this.runId = db.startRun();
  }

  public static Corpus open(Path dir) throws IOException {
    return open(dir, DEFAULT_BATCH_SIZE);
  }

  /**
   * Opens the corpus for writing, creating the folder if needed, and brings the index up to the
   * database.
   *
   * @throws CorpusLockedException when another process is writing it
   */
  public static Corpus open(Path dir, int batchSize) throws IOException {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    CorpusLayout layout = new CorpusLayout(dir);
    Files.createDirectories(dir);
    WriteLock lock =
        WriteLock.tryAcquire(layout.lock())
            .orElseThrow(
                () ->
                    new CorpusLockedException(
                        "corpus "
                            + dir
                            + " is being written by another process"
                            + WriteLock.holder(layout.lock())
                                .map(p -> " (pid " + p + ")")
                                .orElse("")
                            + "; one ingest at a time"));
    CorpusDatabase db = null;
    IndexStore index = null;
    try {
      db = CorpusDatabase.open(layout.database());
      index = IndexStore.open(layout.index());
      return new Corpus(lock, db, index, batchSize);
    } catch (IOException | SQLException | RuntimeException e) {
      closeQuietly(index);
      closeQuietly(db);
      closeQuietly(lock);
      throw e instanceof SQLException s ? sqlError("opening the corpus", s) : rethrow(e);
    }
  }

  /** Adds one outcome without enrichment; commits a batch when enough have gathered. */
  public void add(Outcome outcome) throws IOException {
    add(CorpusEntry.plain(outcome));
  }

  /**
   * Adds one record with what enrichment made of it; commits a batch when enough have gathered. An
   * article's mentions commit in the same transaction as its row, replacing those of its older
   * version.
   */
  public void add(CorpusEntry entry) throws IOException {
    pending.add(entry);
    if (pending.size() >= batchSize) {
      commit();
    }
  }

  /** Commits what has gathered, to DuckDB first and then to Lucene. */
  public void commit() throws IOException {
    if (pending.size() == 0) {
      return;
    }
    try {
      Batch.Plan plan = pending.plan(db, lastBatch + 1);
      counts = counts.plus(plan.counts());
      if (plan.isEmpty()) {
        pending.clear();
        return;
      }
      db.commitBatch(
          lastBatch + 1, runId, plan.rows(), plan.outcomes(), plan.extractedKeys(), run(counts));
      lastBatch++;
      for (StoredArticle a : plan.rows()) {
        index.put(a);
      }
      index.commit(lastBatch);
      pending.clear();
    } catch (SQLException e) {
      throw sqlError("committing batch " + (lastBatch + 1), e);
    }
  }

  /** What this run has committed so far. */
  public IngestCounts counts() {
    return counts;
  }

  /** How many articles were indexed again on open, because the index lagged the database. */
  public long reindexedOnOpen() {
    return reindexed;
  }

  /** Ids of the documents in the index's last commit; for checks. */
  public Set<String> indexedIds() throws IOException {
    return index.committedIds();
  }

  /** Ids the index should hold: every stored article that is not a duplicate; for checks. */
  public Set<String> originalIds() throws IOException {
    try {
      return db.originalIds();
    } catch (SQLException e) {
      throw sqlError("reading article ids", e);
    }
  }

  public long articleCount() throws IOException {
    try {
      return db.articleCount();
    } catch (SQLException e) {
      throw sqlError("counting articles", e);
    }
  }

  /** Commits what is pending, records the run's counts and releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      commit();
      db.finishRun(runId, run(counts));
    } catch (SQLException e) {
      throw sqlError("finishing the run", e);
    } finally {
      closeQuietly(index);
      closeQuietly(db);
      closeQuietly(lock);
    }
  }

  private long reconcile() throws IOException, SQLException {
    long indexed = index.lastBatch();
    // Rebuild an index ahead of its source of truth (say, the database file was replaced) or
    // written with another document layout (by an older version).
    boolean rebuild = indexed > lastBatch || (indexed > 0 && !index.hasCurrentLayout());
    if (!rebuild && indexed == lastBatch) {
      return 0;
    }
    if (rebuild) {
      index.clear();
      indexed = 0;
    }
    long[] n = {0};
    db.forEachAfter(
        indexed,
        a -> {
          index.put(a);
          n[0]++;
        });
    index.commit(lastBatch);
    return n[0];
  }

  private static RunCounts run(IngestCounts n) {
    return new RunCounts(
        n.read(),
        n.extracted(),
        n.skipped(),
        n.failed(),
        n.inserted(),
        n.replaced(),
        n.unchanged(),
        n.duplicates(),
        n.enriched(),
        n.enrichmentFailed());
  }

  private static IOException sqlError(String what, SQLException e) {
    return new IOException(what + ": " + e.getMessage(), e);
  }

  private static IOException rethrow(Exception e) {
    if (e instanceof IOException io) {
      return io;
    }
    throw (RuntimeException) e;
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception ignored) {
      // Already failing or closing; the first error is the one to report.
    }
  }
}
