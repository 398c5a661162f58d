package org.rassegna.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Writes the {@code outcomes} table: one row per input record that did not give an article, keyed
 * by its source location so that a re-run replaces rather than adds, and removed once the record
 * gives an article.
 */
final class Outcomes {
  private Outcomes() {}

  static void write(
      Connection c, long runId, List<OutcomeRow> outcomes, Collection<String> extractedKeys)
      throws SQLException {
    if (!outcomes.isEmpty()) {
      try (PreparedStatement p =
          c.prepareStatement("INSERT OR REPLACE INTO outcomes VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (OutcomeRow o : outcomes) {
          p.setString(1, o.sourceKey());
          p.setString(2, o.sourcePath());
          p.setString(3, o.outcome());
          p.setString(4, o.stage().orElse(null));
          p.setString(5, o.reason());
          p.setString(6, o.message());
          p.setLong(7, runId);
          p.addBatch();
        }
        p.executeBatch();
      }
    }
    if (!extractedKeys.isEmpty()) {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM outcomes WHERE source_key = ?")) {
        for (String key : extractedKeys) {
          p.setString(1, key);
          p.addBatch();
        }
        p.executeBatch();
      }
    }
  }
}
