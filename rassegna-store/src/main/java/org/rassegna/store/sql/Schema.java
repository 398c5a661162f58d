package org.rassegna.store.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of the corpus database. {@code articles} holds every extracted article, exact
 * duplicates included (with {@code duplicate_of} naming the first copy); {@code batches} logs each
 * committed batch; {@code runs} one row per ingest run with its counts; {@code outcomes} the latest
 * skipped or failed outcome per input record; {@code entities} one row per linked entity mentioned
 * in the corpus; {@code mentions} one row per entity mention of an article, linked or not; {@code
 * quotes} one row per quote and {@code events} one row per coded political event. Tables added
 * after the first release are created by the same {@code IF NOT EXISTS} statements, so a database
 * written by an older version gains them on open. The columns are described in {@code
 * docs/schema.md}.
 */
final class Schema {
  private static final List<String> DDL =
      List.of(
          "CREATE TABLE IF NOT EXISTS articles ("
              + "id VARCHAR PRIMARY KEY, url VARCHAR, site_name VARCHAR, title VARCHAR,"
              + " published VARCHAR, published_day DATE, language VARCHAR, authors VARCHAR[],"
              + " section VARCHAR, tags VARCHAR[], page_type VARCHAR, text VARCHAR,"
              + " source_path VARCHAR, source_offset BIGINT, source_line BIGINT,"
              + " content_hash VARCHAR NOT NULL, duplicate_of VARCHAR, batch_id BIGINT NOT NULL,"
              + " ingested_at TIMESTAMP NOT NULL)",
          "CREATE TABLE IF NOT EXISTS batches ("
              + "batch_id BIGINT PRIMARY KEY, run_id BIGINT NOT NULL, articles INTEGER NOT NULL,"
              + " outcomes INTEGER NOT NULL, committed_at TIMESTAMP NOT NULL)",
          "CREATE TABLE IF NOT EXISTS runs ("
              + "run_id BIGINT PRIMARY KEY, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,"
              + " read BIGINT, extracted BIGINT, skipped BIGINT, failed BIGINT, inserted BIGINT,"
              + " replaced BIGINT, unchanged BIGINT, duplicates BIGINT)",
          "CREATE TABLE IF NOT EXISTS outcomes ("
              + "source_key VARCHAR PRIMARY KEY, source_path VARCHAR NOT NULL,"
              + " outcome VARCHAR NOT NULL, stage VARCHAR, reason VARCHAR NOT NULL,"
              + " message VARCHAR NOT NULL, run_id BIGINT NOT NULL)",
          "CREATE TABLE IF NOT EXISTS entities ("
              + "id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL,"
              + " country VARCHAR, role VARCHAR)",
          "CREATE TABLE IF NOT EXISTS mentions ("
              + "article_id VARCHAR NOT NULL, entity_id VARCHAR, entity_name VARCHAR NOT NULL,"
              + " entity_type VARCHAR NOT NULL, start_char INTEGER NOT NULL,"
              + " end_char INTEGER NOT NULL, text VARCHAR NOT NULL, sentence INTEGER)",
          "CREATE TABLE IF NOT EXISTS quotes ("
              + "article_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, text VARCHAR NOT NULL,"
              + " start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, direct BOOLEAN NOT NULL,"
              + " speaker_entity_id VARCHAR, speaker_name VARCHAR, verb VARCHAR, sentence INTEGER)",
          "CREATE TABLE IF NOT EXISTS events ("
              + "article_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, type VARCHAR NOT NULL,"
              + " mode VARCHAR, source_entity_id VARCHAR, source_name VARCHAR,"
              + " source_country VARCHAR, source_sector VARCHAR, target_entity_id VARCHAR,"
              + " target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR,"
              + " event_date DATE, negated BOOLEAN NOT NULL, hypothetical BOOLEAN NOT NULL,"
              + " start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,"
              + " confidence DOUBLE NOT NULL)",
          // Columns added after the first release: a database written by an older version gains
          // them on open, its rows marked as not enriched.
          "ALTER TABLE articles ADD COLUMN IF NOT EXISTS detected_language VARCHAR",
          "ALTER TABLE articles ADD COLUMN IF NOT EXISTS language_confidence DOUBLE",
          "ALTER TABLE articles ADD COLUMN IF NOT EXISTS enrichment VARCHAR DEFAULT 'none'",
          "ALTER TABLE articles ADD COLUMN IF NOT EXISTS enrichment_error VARCHAR",
          "ALTER TABLE articles ADD COLUMN IF NOT EXISTS enrichment_version INTEGER",
          "ALTER TABLE runs ADD COLUMN IF NOT EXISTS enriched BIGINT",
          "ALTER TABLE runs ADD COLUMN IF NOT EXISTS enrichment_failed BIGINT");

  private Schema() {}

  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String ddl : DDL) {
        s.execute(ddl);
      }
    }
  }
}
