package org.rassegna.store.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a result ordered by article id (its first column) beside the articles, which come in the
 * same order, handing out each article's rows in one pass: no per-article query, no result held
 * whole in memory.
 *
 * @param <T> what one row becomes
 */
final class RowsByArticle<T> {
  /** Reads the current row of the result. */
  interface Reader<T> {
    T read(ResultSet r) throws SQLException;
  }

  private final ResultSet rows;
  private final Reader<T> reader;
  private boolean more;

  RowsByArticle(ResultSet rows, Reader<T> reader) throws SQLException {
    this.rows = rows;
    this.reader = reader;
    this.more = rows.next();
  }

  /** The rows of the given article; call with article ids in ascending order. */
  List<T> take(String articleId) throws SQLException {
    List<T> out = new ArrayList<>();
    while (more && articleId.equals(rows.getString(1))) {
      out.add(reader.read(rows));
      more = rows.next();
    }
    return out;
  }
}
