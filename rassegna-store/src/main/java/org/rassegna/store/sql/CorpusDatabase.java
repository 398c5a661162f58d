package org.rassegna.store.sql;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.rassegna.store.internal.StoredArticle;
import org.rassegna.store.internal.StoredEnrichment;
import org.rassegna.store.internal.StoredEvent;
import org.rassegna.store.internal.StoredMention;
import org.rassegna.store.internal.StoredQuote;

/**
 * The writing side of the corpus database, the corpus's source of truth. A batch is one
 * transaction: its article rows with their mentions, entities, quotes and events, its outcomes, its
 * {@code batches} row and the run's counts commit together or not at all, so a crash leaves the
 * database at the previous batch.
 */
public final class CorpusDatabase implements Closeable {
  private static final int IN_CHUNK = 500;

  private final Connection c;

  private CorpusDatabase(Connection c) {
    this.c = c;
  }

  /** Opens (creating if needed) the database for writing; only one process may do so at a time. */
  public static CorpusDatabase open(Path file) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    try {
      Schema.create(c);
      StagedArticles.create(c);
      EnrichmentTables.create(c);
      QuoteEventTables.create(c);
      c.setAutoCommit(false);
      return new CorpusDatabase(c);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  /** A read-only connection; DuckDB refuses it while another process has the file open to write. */
  public static Connection openReadOnly(Path file) throws SQLException {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
  }

  public long lastBatch() throws SQLException {
    return single("SELECT coalesce(max(batch_id), 0) FROM batches");
  }

  /** Starts a run and returns its id. */
  public long startRun() throws SQLException {
    long id = single("SELECT coalesce(max(run_id), 0) + 1 FROM runs");
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO runs (run_id, started_at) VALUES (?, ?)")) {
      p.setLong(1, id);
      p.setTimestamp(2, Timestamp.from(Instant.now()));
      p.executeUpdate();
    }
    c.commit();
    return id;
  }

  /**
   * What the corpus holds of an article: its content hash and whether it was enriched by this
   * version ({@link StoredEnrichment#VERSION}); a row enriched by an older one lacks something.
   */
  public record Stored(String contentHash, boolean enriched) {}

  /** What is stored of each id already in the corpus. */
  public Map<String, Stored> storedOf(Collection<String> ids) throws SQLException {
    Map<String, Stored> out = new HashMap<>();
    List<String> all = new ArrayList<>(ids);
    for (int i = 0; i < all.size(); i += IN_CHUNK) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT id, content_hash, enrichment = 'enriched' AND"
                  + " coalesce(enrichment_version, 1) >= "
                  + StoredEnrichment.VERSION
                  + " FROM articles WHERE id IN "
                  + placeholders(chunk.size()))) {
        for (int k = 0; k < chunk.size(); k++) {
          p.setString(k + 1, chunk.get(k));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.put(r.getString(1), new Stored(r.getString(2), r.getBoolean(3)));
          }
        }
      }
    }
    return out;
  }

  /** For each hash, the id of the original (non-duplicate) article holding that content. */
  public Map<String, String> originalsOf(Collection<String> hashes) throws SQLException {
    Map<String, String> out = new HashMap<>();
    List<String> all = new ArrayList<>(hashes);
    for (int i = 0; i < all.size(); i += IN_CHUNK) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
      String sql =
          "SELECT content_hash, min(id) FROM articles WHERE duplicate_of IS NULL AND content_hash"
              + " IN "
              + placeholders(chunk.size())
              + " GROUP BY content_hash";
      out.putAll(query(sql, chunk));
    }
    return out;
  }

  /** Commits one batch atomically; on failure nothing of it is kept. */
  public void commitBatch(
      long batchId,
      long runId,
      List<StoredArticle> rows,
      List<OutcomeRow> outcomes,
      Collection<String> extractedKeys,
      RunCounts runCounts)
      throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try {
      StagedArticles.stage(c, rows, now.toLocalDateTime());
      EnrichmentTables.stage(c, rows);
      QuoteEventTables.stage(c, rows);
      StagedArticles.move(c, rows.size());
      EnrichmentTables.move(c);
      QuoteEventTables.move(c);
      Outcomes.write(c, runId, outcomes, extractedKeys);
      try (PreparedStatement p = c.prepareStatement("INSERT INTO batches VALUES (?, ?, ?, ?, ?)")) {
        p.setLong(1, batchId);
        p.setLong(2, runId);
        p.setInt(3, rows.size());
        p.setInt(4, outcomes.size());
        p.setTimestamp(5, now);
        p.executeUpdate();
      }
      updateRun(runId, runCounts, false);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  /** Records a run's final counts and end time. */
  public void finishRun(long runId, RunCounts counts) throws SQLException {
    updateRun(runId, counts, true);
    c.commit();
  }

  /**
   * Every article written by a batch after the given one, with its mentions, quotes and events, in
   * id order (the articles and their annotation rows are read side by side, all ordered by article
   * id).
   */
  public void forEachAfter(long batchId, RowConsumer consumer) throws SQLException, IOException {
    try (PreparedStatement articles = after(EnrichmentTables.ARTICLES_AFTER, batchId);
        PreparedStatement mentions = after(EnrichmentTables.MENTIONS_AFTER, batchId);
        PreparedStatement quotes = after(QuoteEventTables.QUOTES_AFTER, batchId);
        PreparedStatement events = after(QuoteEventTables.EVENTS_AFTER, batchId);
        ResultSet a = articles.executeQuery();
        ResultSet m = mentions.executeQuery();
        ResultSet q = quotes.executeQuery();
        ResultSet e = events.executeQuery()) {
      RowsByArticle<StoredMention> mentionsOf =
          new RowsByArticle<>(m, EnrichmentTables::readMention);
      RowsByArticle<StoredQuote> quotesOf = new RowsByArticle<>(q, QuoteEventTables::readQuote);
      RowsByArticle<StoredEvent> eventsOf = new RowsByArticle<>(e, QuoteEventTables::readEvent);
      while (a.next()) {
        StoredArticle article = ArticleRows.read(a);
        String id = article.id();
        StoredEnrichment rows =
            article
                .enrichment()
                .withRows(mentionsOf.take(id), quotesOf.take(id), eventsOf.take(id));
        consumer.accept(article.withEnrichment(rows));
      }
    }
  }

  private PreparedStatement after(String sql, long batchId) throws SQLException {
    PreparedStatement p = c.prepareStatement(sql);
    try {
      p.setLong(1, batchId);
      return p;
    } catch (SQLException e) {
      p.close();
      throw e;
    }
  }

  /** Receives stored articles; may fail with an I/O error. */
  public interface RowConsumer {
    void accept(StoredArticle a) throws IOException;
  }

  /** Ids of the articles that are not duplicates: exactly the documents the index should hold. */
  public Set<String> originalIds() throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id FROM articles WHERE duplicate_of IS NULL")) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    }
    return ids;
  }

  public long articleCount() throws SQLException {
    return single("SELECT count(*) FROM articles");
  }

  private void updateRun(long runId, RunCounts n, boolean finished) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE runs SET read = ?, extracted = ?, skipped = ?, failed = ?, inserted = ?,"
                + " replaced = ?, unchanged = ?, duplicates = ?, enriched = ?,"
                + " enrichment_failed = ?, finished_at = ? WHERE run_id = ?")) {
      long[] v = {
        n.read(),
        n.extracted(),
        n.skipped(),
        n.failed(),
        n.inserted(),
        n.replaced(),
        n.unchanged(),
        n.duplicates(),
        n.enriched(),
        n.enrichmentFailed()
      };
      for (int i = 0; i < v.length; i++) {
        p.setLong(i + 1, v[i]);
      }
      p.setTimestamp(11, finished ? Timestamp.from(Instant.now()) : null);
      p.setLong(12, runId);
      p.executeUpdate();
    }
  }

  private long single(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private Map<String, String> query(String sql, List<String> params) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setString(i + 1, params.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getString(2));
        }
      }
    }
    return out;
  }

  private static String placeholders(int n) {
    return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
  }

  @Override
  public void close() throws IOException {
    try {
      c.rollback();
      c.close();
    } catch (SQLException e) {
      throw new IOException("closing the corpus database: " + e.getMessage(), e);
    }
  }
}
