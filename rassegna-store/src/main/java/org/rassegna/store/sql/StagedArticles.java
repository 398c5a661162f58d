package org.rassegna.store.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.rassegna.store.internal.StoredArticle;

/**
 * Bulk writes of article rows. A prepared {@code INSERT} runs as one query per row, which cost
 * milliseconds a row; instead a batch's rows go through DuckDB's appender into a staging table and
 * then into {@code articles} with one {@code INSERT OR REPLACE … SELECT}.
 *
 * <p>Crash safety is unchanged: the staging table is {@code TEMP}, private to the connection and
 * gone with it, so whatever the appender commits there never reaches the database file; the only
 * durable write is the move, which runs in the batch's transaction and is checked to have moved
 * every staged row.
 */
final class StagedArticles {
  static final String TABLE = "staged_articles";

  private StagedArticles() {}

  /** Creates the connection's staging table, with the columns the appender fills. */
  static void create(Connection c) throws SQLException {
    Staging.create(c, TABLE, ArticleRows.COLUMNS + ", ingested_at", "articles");
  }

  /**
   * Empties the staging table and appends the rows to it. Commits what is open on the connection
   * first (the reads of the batch's planning), so call before the batch's writes.
   */
  static void stage(Connection c, List<StoredArticle> rows, LocalDateTime now) throws SQLException {
    Staging.empty(c, TABLE);
    try (DuckDBAppender ap =
        c.unwrap(DuckDBConnection.class).createAppender("temp", "main", TABLE)) {
      for (StoredArticle a : rows) {
        ArticleRows.append(ap, a, now);
      }
    }
  }

  /** Moves the staged rows into {@code articles}, inside the caller's transaction. */
  static void move(Connection c, int expected) throws SQLException {
    String columns = ArticleRows.COLUMNS + ", ingested_at";
    try (Statement s = c.createStatement()) {
      int moved =
          s.executeUpdate(
              "INSERT OR REPLACE INTO articles ("
                  + columns
                  + ") SELECT "
                  + columns
                  + " FROM "
                  + TABLE);
      if (moved != expected) {
        throw new SQLException(
            "staged " + expected + " article rows but moved " + moved + "; batch not written");
      }
    }
  }
}
