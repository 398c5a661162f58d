package org.rassegna.store.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.duckdb.DuckDBAppender;

/**
 * What the staged writers share: a connection-private {@code TEMP} table shaped like the columns of
 * a real table, emptied before each batch, filled through DuckDB's appender.
 */
final class Staging {
  private Staging() {}

  /** Creates {@code table} with the given columns of {@code from}, empty. */
  static void create(Connection c, String table, String columns, String from) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TEMP TABLE IF NOT EXISTS "
              + table
              + " AS SELECT "
              + columns
              + " FROM "
              + from
              + " LIMIT 0");
    }
  }

  /**
   * Empties the staging tables, then commits what is open on the connection (the reads of the
   * batch's planning), so call before the batch's writes.
   */
  static void empty(Connection c, String... tables) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table : tables) {
        s.execute("DELETE FROM " + table);
      }
    }
    c.commit();
  }

  /** Appends the value, or SQL {@code NULL} when absent. */
  static void text(DuckDBAppender ap, Optional<String> v) throws SQLException {
    if (v.isPresent()) {
      ap.append(v.get());
    } else {
      ap.appendNull();
    }
  }
}
