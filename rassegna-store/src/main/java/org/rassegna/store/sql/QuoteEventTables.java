package org.rassegna.store.sql;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.rassegna.store.internal.StoredActor;
import org.rassegna.store.internal.StoredArticle;
import org.rassegna.store.internal.StoredEvent;
import org.rassegna.store.internal.StoredQuote;

/**
 * Writes and reads the {@code quotes} and {@code events} tables the way {@link EnrichmentTables}
 * does {@code mentions}: a batch's rows are appended to {@code TEMP} staging tables and moved
 * inside the batch's transaction, after deleting the rows of every article the batch writes, so a
 * changed page's old quotes and events go and a re-ingest never adds a second copy. A row's {@code
 * ordinal} is its place in the article's list, which keeps the annotator's order on the way back.
 */
final class QuoteEventTables {
  private static final String QUOTES = "staged_quotes";
  private static final String EVENTS = "staged_events";
  static final String QUOTE_COLUMNS =
      "article_id, ordinal, text, start_char, end_char, direct, speaker_entity_id, speaker_name,"
          + " verb, sentence";
  static final String EVENT_COLUMNS =
      "article_id, ordinal, type, mode, source_entity_id, source_name, source_country,"
          + " source_sector, target_entity_id, target_name, target_country, target_sector,"
          + " event_date, negated, hypothetical, start_char, end_char, confidence";

  /** The quotes of the articles of batches after a given one ({@code ?}), by article and order. */
  static final String QUOTES_AFTER = after("quotes", QUOTE_COLUMNS);

  /** The events of the articles of batches after a given one ({@code ?}), by article and order. */
  static final String EVENTS_AFTER = after("events", EVENT_COLUMNS);

  private QuoteEventTables() {}

  private static String after(String table, String columns) {
    return "SELECT "
        + columns
        + " FROM "
        + table
        + " WHERE article_id IN (SELECT id FROM articles WHERE batch_id > ?)"
        + " ORDER BY article_id, ordinal";
  }

  static void create(Connection c) throws SQLException {
    Staging.create(c, QUOTES, QUOTE_COLUMNS, "quotes");
    Staging.create(c, EVENTS, EVENT_COLUMNS, "events");
  }

  /**
   * Empties the staging tables and appends the batch's quotes and events. Commits what is open on
   * the connection first, like {@link StagedArticles#stage}.
   */
  static void stage(Connection c, List<StoredArticle> rows) throws SQLException {
    Staging.empty(c, QUOTES, EVENTS);
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    try (DuckDBAppender ap = duck.createAppender("temp", "main", QUOTES)) {
      for (StoredArticle a : rows) {
        List<StoredQuote> quotes = a.enrichment().quotes();
        for (int i = 0; i < quotes.size(); i++) {
          appendQuote(ap, a.id(), i, quotes.get(i));
        }
      }
    }
    try (DuckDBAppender ap = duck.createAppender("temp", "main", EVENTS)) {
      for (StoredArticle a : rows) {
        List<StoredEvent> events = a.enrichment().events();
        for (int i = 0; i < events.size(); i++) {
          appendEvent(ap, a.id(), i, events.get(i));
        }
      }
    }
  }

  /**
   * Inside the caller's transaction, after the articles moved: replaces the staged articles' rows.
   */
  static void move(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      replace(s, "quotes", QUOTES, QUOTE_COLUMNS);
      replace(s, "events", EVENTS, EVENT_COLUMNS);
    }
  }

  private static void replace(Statement s, String table, String staged, String columns)
      throws SQLException {
    s.executeUpdate(
        "DELETE FROM "
            + table
            + " WHERE article_id IN (SELECT id FROM "
            + StagedArticles.TABLE
            + ")");
    s.executeUpdate(
        "INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + staged);
  }

  /** The quote of the current row of a {@link #QUOTES_AFTER} result. */
  static StoredQuote readQuote(ResultSet r) throws SQLException {
    int sentence = r.getInt(10);
    Optional<Integer> inSentence = r.wasNull() ? Optional.empty() : Optional.of(sentence);
    return new StoredQuote(
        r.getString(3),
        r.getInt(4),
        r.getInt(5),
        r.getBoolean(6),
        Optional.ofNullable(r.getString(7)),
        Optional.ofNullable(r.getString(8)),
        Optional.ofNullable(r.getString(9)),
        inSentence);
  }

  /** The event of the current row of an {@link #EVENTS_AFTER} result. */
  static StoredEvent readEvent(ResultSet r) throws SQLException {
    Date day = r.getDate(13);
    return new StoredEvent(
        r.getString(3),
        Optional.ofNullable(r.getString(4)),
        readActor(r, 5),
        readActor(r, 9),
        day == null ? Optional.empty() : Optional.of(day.toLocalDate()),
        r.getBoolean(14),
        r.getBoolean(15),
        r.getInt(16),
        r.getInt(17),
        r.getDouble(18));
  }

  /** The actor whose four columns start at {@code first}; empty when its name is null. */
  private static Optional<StoredActor> readActor(ResultSet r, int first) throws SQLException {
    String name = r.getString(first + 1);
    if (name == null) {
      return Optional.empty();
    }
    return Optional.of(
        new StoredActor(
            Optional.ofNullable(r.getString(first)),
            name,
            Optional.ofNullable(r.getString(first + 2)),
            Optional.ofNullable(r.getString(first + 3))));
  }

  private static void appendQuote(DuckDBAppender ap, String articleId, int ordinal, StoredQuote q)
      throws SQLException {
    ap.beginRow().append(articleId).append(ordinal).append(q.text());
    ap.append(q.start()).append(q.end()).append(q.direct());
    Staging.text(ap, q.speakerEntityId());
    Staging.text(ap, q.speakerName());
    Staging.text(ap, q.verb());
    if (q.sentence().isPresent()) {
      ap.append(q.sentence().get().intValue());
    } else {
      ap.appendNull();
    }
    ap.endRow();
  }

  private static void appendEvent(DuckDBAppender ap, String articleId, int ordinal, StoredEvent e)
      throws SQLException {
    ap.beginRow().append(articleId).append(ordinal).append(e.type());
    Staging.text(ap, e.mode());
    appendActor(ap, e.source());
    appendActor(ap, e.target());
    if (e.date().isPresent()) {
      ap.append(e.date().get());
    } else {
      ap.appendNull();
    }
    ap.append(e.negated()).append(e.hypothetical()).append(e.start()).append(e.end());
    ap.append(e.confidence()).endRow();
  }

  private static void appendActor(DuckDBAppender ap, Optional<StoredActor> actor)
      throws SQLException {
    Staging.text(ap, actor.flatMap(StoredActor::entityId));
    Staging.text(ap, actor.map(StoredActor::name));
    Staging.text(ap, actor.flatMap(StoredActor::country));
    Staging.text(ap, actor.flatMap(StoredActor::sector));
  }
}
