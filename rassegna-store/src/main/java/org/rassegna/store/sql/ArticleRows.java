package org.rassegna.store.sql;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.rassegna.store.internal.StoredArticle;
import org.rassegna.store.internal.StoredEnrichment;

/** Maps stored articles to rows of {@code articles} and back. */
final class ArticleRows {
  static final String COLUMNS =
      "id, url, site_name, title, published, published_day, language, authors, section, tags,"
          + " page_type, text, source_path, source_offset, source_line, content_hash,"
          + " duplicate_of, batch_id, detected_language, language_confidence, enrichment,"
          + " enrichment_error, enrichment_version";

  private ArticleRows() {}

  /** Appends one row, columns in the order of {@link #COLUMNS} then {@code ingested_at}. */
  static void append(DuckDBAppender ap, StoredArticle a, LocalDateTime now) throws SQLException {
    ap.beginRow().append(a.id());
    Staging.text(ap, a.url());
    Staging.text(ap, a.siteName());
    Staging.text(ap, a.title());
    Staging.text(ap, a.published());
    if (a.publishedDay().isPresent()) {
      ap.append(a.publishedDay().get());
    } else {
      ap.appendNull();
    }
    Staging.text(ap, a.language());
    ap.append(a.authors());
    Staging.text(ap, a.section());
    ap.append(a.tags()).append(a.pageType()).append(a.text()).append(a.sourcePath());
    number(ap, a.sourceOffset());
    number(ap, a.sourceLine());
    ap.append(a.contentHash());
    Staging.text(ap, a.duplicateOf());
    ap.append(a.batchId());
    StoredEnrichment e = a.enrichment();
    Staging.text(ap, e.detectedLanguage());
    if (e.languageConfidence().isPresent()) {
      ap.append(e.languageConfidence().get().doubleValue());
    } else {
      ap.appendNull();
    }
    ap.append(e.status().code());
    Staging.text(ap, e.error());
    if (e.enriched()) {
      ap.append(StoredEnrichment.VERSION);
    } else {
      ap.appendNull();
    }
    ap.append(now).endRow();
  }

  /**
   * The article of the current row, without its mentions, quotes and events (rows of their own
   * tables).
   */
  static StoredArticle read(ResultSet r) throws SQLException {
    Date day = r.getDate(6);
    double value = r.getDouble(20);
    Optional<Double> confidence = r.wasNull() ? Optional.empty() : Optional.of(value);
    StoredEnrichment enrichment =
        new StoredEnrichment(
            StoredEnrichment.Status.ofCode(r.getString(21)),
            text(r, 19),
            confidence,
            text(r, 22),
            List.of(),
            List.of(),
            List.of());
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
        r.getLong(18),
        enrichment);
  }

  private static void number(DuckDBAppender ap, Optional<Long> v) throws SQLException {
    if (v.isPresent()) {
      ap.append(v.get().longValue());
    } else {
      ap.appendNull();
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
