package org.rassegna.store.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.rassegna.store.internal.StoredArticle;
import org.rassegna.store.internal.StoredMention;

/**
 * Writes the enrichment tables of a batch, {@code mentions} and {@code entities}, the way {@link
 * StagedArticles} writes the articles: appended to {@code TEMP} staging tables, then moved inside
 * the batch's transaction. Moving first deletes the mentions of every article the batch writes, so
 * a changed page's old mentions go and a re-ingest never adds a second copy.
 */
final class EnrichmentTables {
  private static final String MENTIONS = "staged_mentions";
  private static final String ENTITIES = "staged_entities";
  private static final String MENTION_COLUMNS =
      "article_id, entity_id, entity_name, entity_type, start_char, end_char, text, sentence";
  private static final String ENTITY_COLUMNS = "id, name, type, country, role";

  private EnrichmentTables() {}

  static void create(Connection c) throws SQLException {
    Staging.create(c, MENTIONS, MENTION_COLUMNS, "mentions");
    Staging.create(c, ENTITIES, ENTITY_COLUMNS, "entities");
  }

  /**
   * Empties the staging tables and appends the batch's mentions and distinct linked entities.
   * Commits what is open on the connection first, like {@link StagedArticles#stage}.
   */
  static void stage(Connection c, List<StoredArticle> rows) throws SQLException {
    Staging.empty(c, MENTIONS, ENTITIES);
    Map<String, StoredMention> entities = new LinkedHashMap<>();
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    try (DuckDBAppender ap = duck.createAppender("temp", "main", MENTIONS)) {
      for (StoredArticle a : rows) {
        for (StoredMention m : a.enrichment().mentions()) {
          appendMention(ap, a.id(), m);
          m.entityId().ifPresent(id -> entities.put(id, m));
        }
      }
    }
    try (DuckDBAppender ap = duck.createAppender("temp", "main", ENTITIES)) {
      for (Map.Entry<String, StoredMention> e : entities.entrySet()) {
        StoredMention m = e.getValue();
        ap.beginRow().append(e.getKey()).append(m.entityName()).append(m.entityType());
        Staging.text(ap, m.country());
        Staging.text(ap, m.role());
        ap.endRow();
      }
    }
  }

  /**
   * Inside the caller's transaction, after the articles moved: replaces the mentions of the staged
   * articles and adds or refreshes their entities; an entity whose last mention went is removed.
   */
  static void move(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      int removed =
          s.executeUpdate(
              "DELETE FROM mentions WHERE article_id IN (SELECT id FROM "
                  + StagedArticles.TABLE
                  + ")");
      s.executeUpdate(
          "INSERT INTO mentions ("
              + MENTION_COLUMNS
              + ") SELECT "
              + MENTION_COLUMNS
              + " FROM "
              + MENTIONS);
      s.executeUpdate(
          "INSERT OR REPLACE INTO entities ("
              + ENTITY_COLUMNS
              + ") SELECT "
              + ENTITY_COLUMNS
              + " FROM "
              + ENTITIES);
      if (removed > 0) {
        s.executeUpdate(
            "DELETE FROM entities WHERE id NOT IN"
                + " (SELECT entity_id FROM mentions WHERE entity_id IS NOT NULL)");
      }
    }
  }

  /**
   * The mentions of the articles of batches after a given one ({@code ?}), with their entities'
   * country and role, ordered like {@link #ARTICLES_AFTER} so that the two merge in one pass.
   */
  static final String MENTIONS_AFTER =
      "SELECT m.article_id, m.entity_id, m.entity_name, m.entity_type, e.country, e.role,"
          + " m.start_char, m.end_char, m.text, m.sentence FROM mentions m"
          + " JOIN articles a ON a.id = m.article_id LEFT JOIN entities e ON e.id = m.entity_id"
          + " WHERE a.batch_id > ? ORDER BY m.article_id, m.start_char, m.end_char";

  /** The articles of batches after a given one ({@code ?}), in id order. */
  static final String ARTICLES_AFTER =
      "SELECT " + ArticleRows.COLUMNS + " FROM articles WHERE batch_id > ? ORDER BY id";

  /** The mention of the current row of a {@link #MENTIONS_AFTER} result. */
  static StoredMention readMention(ResultSet r) throws SQLException {
    int sentence = r.getInt(10);
    Optional<Integer> inSentence = r.wasNull() ? Optional.empty() : Optional.of(sentence);
    return new StoredMention(
        Optional.ofNullable(r.getString(2)),
        r.getString(3),
        r.getString(4),
        Optional.ofNullable(r.getString(5)),
        Optional.ofNullable(r.getString(6)),
        r.getInt(7),
        r.getInt(8),
        r.getString(9),
        inSentence);
  }

  private static void appendMention(DuckDBAppender ap, String articleId, StoredMention m)
      throws SQLException {
    ap.beginRow().append(articleId);
    Staging.text(ap, m.entityId());
    ap.append(m.entityName()).append(m.entityType()).append(m.start()).append(m.end());
    ap.append(m.text());
    if (m.sentence().isPresent()) {
      ap.append(m.sentence().get().intValue());
    } else {
      ap.appendNull();
    }
    ap.endRow();
  }
}
