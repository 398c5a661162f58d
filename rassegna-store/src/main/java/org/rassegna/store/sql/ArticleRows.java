package org.rassegna.store.sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rassegna.store.internal.StoredArticle;

/** Maps stored articles to rows of {@code articles} and back. */
final class ArticleRows {
  static final String COLUMNS =
      "id, url, site_name, title, published, published_day, language, authors, section, tags,"
          + " page_type, text, source_path, source_offset, source_line, content_hash,"
          + " duplicate_of, batch_id";

  static final String UPSERT =
      "INSERT OR REPLACE INTO articles ("
          + COLUMNS
          + ", ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private ArticleRows() {}

  static void bind(PreparedStatement p, Connection c, StoredArticle a, Timestamp now)
      throws SQLException {
    p.setString(1, a.id());
    text(p, 2, a.url());
    text(p, 3, a.siteName());
    text(p, 4, a.title());
    text(p, 5, a.published());
    if (a.publishedDay().isPresent()) {
      p.setDate(6, Date.valueOf(a.publishedDay().get()));
    } else {
      p.setNull(6, Types.DATE);
    }
    text(p, 7, a.language());
    p.setArray(8, c.createArrayOf("VARCHAR", a.authors().toArray()));
    text(p, 9, a.section());
    p.setArray(10, c.createArrayOf("VARCHAR", a.tags().toArray()));
    p.setString(11, a.pageType());
    p.setString(12, a.text());
    p.setString(13, a.sourcePath());
    number(p, 14, a.sourceOffset());
    number(p, 15, a.sourceLine());
    p.setString(16, a.contentHash());
    text(p, 17, a.duplicateOf());
    p.setLong(18, a.batchId());
    p.setTimestamp(19, now);
  }

  static StoredArticle read(ResultSet r) throws SQLException {
    Date day = r.getDate(6);
    return new StoredArticle(
        r.getString(1),
        text(r, 2),
        text(r, 3),
        text(r, 4),
        text(r, 5),
        day == null ? Optional.empty() : Optional.of(day.toLocalDate()),
        text(r, 7),
        list(r.getArray(8)),
        text(r, 9),
        list(r.getArray(10)),
        r.getString(11),
        r.getString(12),
        r.getString(13),
        number(r, 14),
        number(r, 15),
        r.getString(16),
        text(r, 17),
        r.getLong(18));
  }

  private static void text(PreparedStatement p, int i, Optional<String> v) throws SQLException {
    if (v.isPresent()) {
      p.setString(i, v.get());
    } else {
      p.setNull(i, Types.VARCHAR);
    }
  }

  private static void number(PreparedStatement p, int i, Optional<Long> v) throws SQLException {
    if (v.isPresent()) {
      p.setLong(i, v.get());
    } else {
      p.setNull(i, Types.BIGINT);
    }
  }

  private static Optional<String> text(ResultSet r, int i) throws SQLException {
    return Optional.ofNullable(r.getString(i));
  }

  private static Optional<Long> number(ResultSet r, int i) throws SQLException {
    long v = r.getLong(i);
    return r.wasNull() ? Optional.empty() : Optional.of(v);
  }

  private static List<String> list(Array a) throws SQLException {
    if (a == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : (Object[]) a.getArray()) {
      if (o != null) {
        out.add(o.toString());
      }
    }
    return out;
  }
}
