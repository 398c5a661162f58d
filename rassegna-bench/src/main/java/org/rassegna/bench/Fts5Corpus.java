package org.rassegna.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.StringJoiner;
import org.rassegna.store.internal.StoredArticle;

/**
 * The SQLite FTS5 side of the search benchmark, built the way a user of FTS5 would: a {@code fts5}
 * table of title and text (default {@code unicode61} tokenizer, which folds case and accents like
 * the corpus's neutral fields) and a table of facet values by row id. A search answers the same
 * question as {@code rassegna search --facets}: the ten best rows by BM25 with the title weighted
 * twice, each with its site, day, author and a highlighted snippet, the total, and the ten
 * commonest values of each of six facets, with the match computed once per query.
 */
final class Fts5Corpus implements AutoCloseable {
  private static final String[] DIMENSIONS = {
    "site", "language", "author", "section", "month", "day"
  };
  private static final String HITS =
      "SELECT f.rowid, f.title, m.site, m.day, m.author, f.snippet FROM (SELECT rowid, title,"
          + " snippet(fts, 1, '**', '**', ' … ', 32) AS snippet FROM fts WHERE fts MATCH ?"
          + " ORDER BY bm25(fts, 2.0, 1.0) LIMIT 10) f JOIN meta m ON m.rowid = f.rowid";

  private final Connection c;
  private final PreparedStatement hits;
  private final PreparedStatement facets;

  private Fts5Corpus(Connection c) throws SQLException {
    this.c = c;
    try (Statement s = c.createStatement()) {
      // Mapped like Lucene's index files, with a cache big enough not to handicap it.
      s.execute("PRAGMA mmap_size=4294967296");
      s.execute("PRAGMA cache_size=-65536");
    }
    this.hits = c.prepareStatement(HITS);
    this.facets = c.prepareStatement(facetSql());
  }

  /** Opens an existing database. */
  static Fts5Corpus open(Path file) throws SQLException {
    return new Fts5Corpus(DriverManager.getConnection("jdbc:sqlite:" + file));
  }

  /** Creates the database with articles {@code 0..n-1} of the corpus, from the given seed. */
  static void build(Path file, SyntheticCorpus corpus, int n, long seed) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=OFF");
        s.execute("PRAGMA synchronous=OFF");
        s.execute(
            "CREATE TABLE meta(rowid INTEGER PRIMARY KEY, site TEXT, language TEXT, author TEXT,"
                + " section TEXT, month TEXT, day TEXT)");
        s.execute("CREATE VIRTUAL TABLE fts USING fts5(title, text)");
      }
      c.setAutoCommit(false);
      try (PreparedStatement f =
              c.prepareStatement("INSERT INTO fts(rowid, title, text) VALUES (?,?,?)");
          PreparedStatement m = c.prepareStatement("INSERT INTO meta VALUES (?,?,?,?,?,?,?)")) {
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
          insert(f, m, i + 1L, corpus.article(i, r));
        }
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO fts(fts) VALUES ('optimize')");
      }
      c.commit();
    }
  }

  private static void insert(PreparedStatement f, PreparedStatement m, long id, StoredArticle a)
      throws SQLException {
    f.setLong(1, id);
    f.setString(2, a.title().orElse(""));
    f.setString(3, a.text());
    f.executeUpdate();
    String day = a.published().orElse("");
    m.setLong(1, id);
    m.setString(2, a.siteName().orElse(""));
    m.setString(3, a.language().orElse(""));
    m.setString(4, a.authors().isEmpty() ? "" : a.authors().get(0));
    m.setString(5, a.section().orElse(""));
    m.setString(6, day.length() >= 7 ? day.substring(0, 7) : "");
    m.setString(7, day);
    m.executeUpdate();
  }

  /** Runs one search and reads every row of its answer. */
  void search(String query) throws SQLException {
    drain(hits, query);
    drain(facets, query);
  }

  private static void drain(PreparedStatement p, String q) throws SQLException {
    p.setString(1, q);
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        r.getString(2);
        r.getString(3);
      }
    }
  }

  private static String facetSql() {
    StringJoiner union = new StringJoiner(" UNION ALL ");
    union.add("SELECT 'total', NULL, count(*) FROM h");
    for (String dim : DIMENSIONS) {
      union.add(
          "SELECT * FROM (SELECT '"
              + dim
              + "', m."
              + dim
              + ", count(*) AS n FROM h JOIN meta m ON m.rowid = h.rowid GROUP BY m."
              + dim
              + " ORDER BY n DESC LIMIT 10)");
    }
    return "WITH h AS MATERIALIZED (SELECT rowid FROM fts WHERE fts MATCH ?) " + union;
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
