package org.rassegna.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rassegna.store.sql.CorpusDatabase;

/**
 * Read-only SQL over a corpus's database: queries, exports and the stats report.
 *
 * <p>DuckDB lets one process open a database file for writing or several open it read-only, never
 * both at once; so while an ingest runs, {@link #open(Path)} fails with {@link
 * CorpusLockedException} (search, which reads only the Lucene index, keeps working).
 */
public final class CorpusSql implements Closeable {
  private static final List<String> TABLES =
      List.of(
          "articles", "batches", "runs", "outcomes", "entities", "mentions", "quotes", "events");

  private final Connection c;

  private CorpusSql(Connection c) {
    this.c = c;
  }

  public static CorpusSql open(Path corpusDir) throws IOException {
    Path db = new CorpusLayout(corpusDir).database();
    if (!Files.exists(db)) {
      throw new NoSuchFileException(
          "no corpus database in " + corpusDir + "; run 'rassegna ingest PATH' first");
    }
    try {
      return new CorpusSql(CorpusDatabase.openReadOnly(db));
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("lock")) {
        throw new CorpusLockedException(
            "corpus database "
                + db
                + " is open for writing by another process (an ingest?); DuckDB allows one"
                + " writer or several readers, not both: 'rassegna search' works meanwhile,"
                + " SQL once the ingest ends");
      }
      throw new IOException("opening " + db + ": " + firstLine(m), e);
    }
  }

  /** Runs one statement and returns its rows, at most {@code maxRows} of them. */
  public ResultTable query(String sql, int maxRows) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.setMaxRows(maxRows);
      if (!s.execute(sql)) {
        return new ResultTable(List.of("changed"), List.of(List.of("" + s.getUpdateCount())));
      }
      try (ResultSet r = s.getResultSet()) {
        return table(r, maxRows);
      }
    }
  }

  /** Writes a whole table to a file. */
  public void export(String table, ExportFormat format, Path out) throws IOException {
    String t = table.toLowerCase(Locale.ROOT);
    if (!TABLES.contains(t)) {
      throw new IllegalArgumentException("unknown table '" + table + "'; tables: " + TABLES);
    }
    String target = out.toAbsolutePath().toString().replace("'", "''");
    try (Statement s = c.createStatement()) {
      s.execute("COPY (SELECT * FROM " + t + ") TO '" + target + "' " + format.copyOptions());
    } catch (SQLException e) {
      throw new IOException("exporting " + t + " to " + out + ": " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * The stats report: articles by site, language and month; the top entities; events by type; the
   * most quoted speakers; outcomes by reason; recent runs.
   */
  public Map<String, ResultTable> stats() throws SQLException {
    Map<String, ResultTable> out = new LinkedHashMap<>();
    out.put(
        "totals",
        query(
            "SELECT count(*) AS articles, count(*) FILTER (WHERE duplicate_of IS NOT NULL) AS"
                + " exact_duplicates, count(DISTINCT site_name) AS sites,"
                + " count(*) FILTER (WHERE enrichment = 'enriched') AS enriched,"
                + " count(*) FILTER (WHERE enrichment = 'failed') AS enrichment_failed"
                + " FROM articles",
            1));
    out.put("by site", grouped("coalesce(site_name, '(unknown)')", "site"));
    out.put("by language", grouped("coalesce(language, '(unknown)')", "language"));
    out.put(
        "by month", grouped("coalesce(strftime(published_day, '%Y-%m'), '(no date)')", "month"));
    out.put("top entities", topEntities(25));
    out.put("events by type", eventsByType());
    out.put("top speakers", topSpeakers(10));
    out.put(
        "skipped and failed by reason",
        query(
            "SELECT outcome, reason, count(*) AS records FROM outcomes GROUP BY ALL"
                + " ORDER BY outcome, records DESC, reason",
            100));
    out.put(
        "recent runs",
        query(
            "SELECT run_id, started_at, finished_at, read, extracted, skipped, failed, inserted,"
                + " replaced, unchanged, duplicates, enriched, enrichment_failed FROM runs"
                + " ORDER BY run_id DESC",
            5));
    return out;
  }

  /**
   * The entities mentioned in the most articles (exact duplicates not counted twice); an unlinked
   * entity has no id and goes by its surface form and type.
   */
  public ResultTable topEntities(int n) throws SQLException {
    return query(
        "SELECT m.entity_id AS id, m.entity_name AS name, m.entity_type AS type,"
            + " count(DISTINCT m.article_id) AS articles, count(*) AS mentions"
            + " FROM mentions m JOIN articles a ON a.id = m.article_id"
            + " WHERE a.duplicate_of IS NULL GROUP BY ALL"
            + " ORDER BY articles DESC, mentions DESC, name, type",
        n);
  }

  /**
   * Events per PLOVER type, exact duplicates not counted twice; {@code negated} and {@code
   * hypothetical} say how many of them the articles tell as not or not yet having happened.
   */
  public ResultTable eventsByType() throws SQLException {
    return query(
        "SELECT e.type, count(*) AS events, count(DISTINCT e.article_id) AS articles,"
            + " count(*) FILTER (WHERE e.negated) AS negated,"
            + " count(*) FILTER (WHERE e.hypothetical) AS hypothetical"
            + " FROM events e JOIN articles a ON a.id = e.article_id"
            + " WHERE a.duplicate_of IS NULL GROUP BY ALL ORDER BY events DESC, e.type",
        20);
  }

  /**
   * The speakers quoted most often (exact duplicates not counted twice); a speaker that is not a
   * linked entity goes by the words that describe it.
   */
  public ResultTable topSpeakers(int n) throws SQLException {
    return query(
        "SELECT q.speaker_entity_id AS id, q.speaker_name AS name, count(*) AS quotes,"
            + " count(DISTINCT q.article_id) AS articles"
            + " FROM quotes q JOIN articles a ON a.id = q.article_id"
            + " WHERE a.duplicate_of IS NULL AND q.speaker_name IS NOT NULL GROUP BY ALL"
            + " ORDER BY quotes DESC, articles DESC, name, id",
        n);
  }

  private ResultTable grouped(String expr, String name) throws SQLException {
    return query(
        "SELECT "
            + expr
            + " AS "
            + name
            + ", count(*) AS articles FROM articles GROUP BY ALL ORDER BY articles DESC, "
            + name,
        25);
  }

  private static ResultTable table(ResultSet r, int maxRows) throws SQLException {
    ResultSetMetaData md = r.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      columns.add(md.getColumnLabel(i));
    }
    List<List<String>> rows = new ArrayList<>();
    while (r.next() && rows.size() < maxRows) {
      List<String> row = new ArrayList<>();
      for (int i = 1; i <= columns.size(); i++) {
        row.add(text(r.getObject(i)));
      }
      rows.add(row);
    }
    return new ResultTable(columns, rows);
  }

  private static String text(Object v) throws SQLException {
    if (v == null) {
      return "";
    }
    if (v instanceof java.sql.Array a) {
      return Arrays.toString((Object[]) a.getArray());
    }
    return v.toString();
  }

  static String firstLine(String message) {
    return message == null ? "" : message.strip().lines().findFirst().orElse("");
  }

  @Override
  public void close() throws IOException {
    try {
      c.close();
    } catch (SQLException e) {
      throw new IOException("closing the corpus database: " + e.getMessage(), e);
    }
  }
}
