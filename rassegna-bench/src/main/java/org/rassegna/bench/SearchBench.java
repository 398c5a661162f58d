package org.rassegna.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.rassegna.extract.Extraction;
import org.rassegna.model.Block;
import org.rassegna.model.Outcome;
import org.rassegna.model.SourceItem;
import org.rassegna.source.PageSource;
import org.rassegna.source.SourceOptions;
import org.rassegna.source.Sources;
import org.rassegna.store.CorpusSearch;
import org.rassegna.store.SearchRequest;
import org.rassegna.store.index.IndexStore;
import org.rassegna.store.internal.StoredArticle;

/**
 * Search latency on a synthetic corpus, side by side with SQLite FTS5. The corpus recombines real
 * paragraphs: the paragraphs of every page extracted from the given folder are pooled, and each
 * synthetic article takes a title from one paragraph's first words and a body of five paragraphs
 * drawn at random (seeded), with one of 50 sites, 300 authors and a day in 2020-2024. Queries: 1
 * word, 2 words, and 2-word phrases taken from the paragraphs; each asks for 10 hits with snippets
 * and the site facet (FTS5: {@code snippet()} and a {@code GROUP BY site}).
 *
 * <p>Usage: {@code SearchBench PAGES_DIR WORK_DIR [ARTICLES] [QUERIES]}.
 */
public final class SearchBench {
  private static final long SEED = 42;

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    Path pages = Path.of(args[0]);
    Path work = Path.of(args[1]);
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
    int queries = args.length > 3 ? Integer.parseInt(args[3]) : 300;
    List<String> paragraphs = paragraphs(pages);
    System.out.printf("pool: %d paragraphs from %s%n", paragraphs.size(), pages);
    long t0 = System.nanoTime();
    Path index = work.resolve("lucene");
    try (IndexStore store = IndexStore.open(index.resolve("index"))) {
      Random r = new Random(SEED);
      for (int i = 0; i < n; i++) {
        store.put(synthetic(i, paragraphs, r));
      }
      store.commit(1);
    }
    System.out.printf(
        "lucene: indexed %d articles in %.1f s, %.0f bytes/article%n",
        n, (System.nanoTime() - t0) / 1e9, (double) size(index) / n);
    t0 = System.nanoTime();
    Path sqlite = work.resolve("fts5.db");
    Files.deleteIfExists(sqlite);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite)) {
      loadFts(c, n, paragraphs);
      System.out.printf(
          "fts5: indexed %d articles in %.1f s, %.0f bytes/article%n",
          n, (System.nanoTime() - t0) / 1e9, (double) Files.size(sqlite) / n);
      String[][] classes = queries(paragraphs, new Random(SEED + 1), queries);
      String[] names = {"1 word", "2 words", "phrase"};
      try (CorpusSearch search = CorpusSearch.open(index)) {
        for (int k = 0; k < 3; k++) {
          long[] lucene = timeLucene(search, classes[k], k == 2);
          long[] fts = timeFts(c, classes[k], k == 2);
          System.out.printf("%-8s lucene %s | fts5 %s%n", names[k], pct(lucene), pct(fts));
        }
      }
    }
  }

  private static List<String> paragraphs(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    Extraction x = Extraction.withDefaults();
    try (PageSource src = Sources.open(List.of(dir), SourceOptions.defaults())) {
      for (SourceItem item : src) {
        Outcome o = x.apply(item, java.util.Set.of());
        if (o instanceof Outcome.Extracted e) {
          for (Block b : e.article().blocks()) {
            if (b.text().length() > 80) {
              out.add(b.text());
            }
          }
        }
      }
    }
    return out;
  }

  private static StoredArticle synthetic(int i, List<String> pool, Random r) {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < 5; p++) {
      text.append(p == 0 ? "" : "\n\n").append(pool.get(r.nextInt(pool.size())));
    }
    String[] words = pool.get(r.nextInt(pool.size())).split("\\s+");
    String title = String.join(" ", Arrays.copyOf(words, Math.min(8, words.length)));
    LocalDate day = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(5 * 365));
    return new StoredArticle(
        "s" + i,
        Optional.empty(),
        Optional.of("site-" + r.nextInt(50) + ".example"),
        Optional.of(title),
        Optional.of(day.toString()),
        Optional.of(day),
        Optional.of("en"),
        List.of("Author " + r.nextInt(300)),
        Optional.empty(),
        List.of(),
        "article",
        text.toString(),
        "synthetic",
        Optional.empty(),
        Optional.empty(),
        "h" + i,
        Optional.empty(),
        1);
  }

  /** Loads the same articles as the index holds: same seed, same order. */
  private static void loadFts(Connection c, int n, List<String> pool) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=OFF");
      s.execute("PRAGMA synchronous=OFF");
      s.execute("CREATE TABLE meta(rowid INTEGER PRIMARY KEY, site TEXT, day TEXT)");
      s.execute("CREATE VIRTUAL TABLE fts USING fts5(title, text)");
    }
    c.setAutoCommit(false);
    try (PreparedStatement f =
            c.prepareStatement("INSERT INTO fts(rowid, title, text) VALUES (?,?,?)");
        PreparedStatement m = c.prepareStatement("INSERT INTO meta VALUES (?,?,?)")) {
      Random r = new Random(SEED);
      for (int id = 1; id <= n; id++) {
        StoredArticle a = synthetic(id - 1, pool, r);
        f.setLong(1, id);
        f.setString(2, a.title().orElse(""));
        f.setString(3, a.text());
        f.executeUpdate();
        m.setLong(1, id);
        m.setString(2, a.siteName().orElse(""));
        m.setString(3, a.published().orElse(""));
        m.executeUpdate();
      }
    }
    c.commit();
  }

  /** Query words of 5+ letters from the pool: single words, pairs, and adjacent pairs. */
  private static String[][] queries(List<String> pool, Random r, int n) {
    String[][] out = new String[3][n];
    for (int i = 0; i < n; i++) {
      String[] w = words(pool.get(r.nextInt(pool.size())));
      String[] v = words(pool.get(r.nextInt(pool.size())));
      out[0][i] = w[r.nextInt(w.length)];
      out[1][i] = w[r.nextInt(w.length)] + " " + v[r.nextInt(v.length)];
      int k = r.nextInt(Math.max(1, w.length - 1));
      out[2][i] = w.length > 1 ? w[k] + " " + w[k + 1] : w[0];
    }
    return out;
  }

  private static String[] words(String p) {
    String[] w =
        Stream.of(p.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
            .filter(s -> s.length() >= 5)
            .toArray(String[]::new);
    return w.length == 0 ? new String[] {"people"} : w;
  }

  private static long[] timeLucene(CorpusSearch s, String[] qs, boolean phrase) throws Exception {
    long[] t = new long[qs.length];
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < qs.length; i++) {
        String q = phrase ? "\"" + qs[i] + "\"" : qs[i];
        long t0 = System.nanoTime();
        s.search(SearchRequest.of(q).withFacets(true));
        t[i] = System.nanoTime() - t0;
      }
    }
    return t;
  }

  private static long[] timeFts(Connection c, String[] qs, boolean phrase) throws Exception {
    long[] t = new long[qs.length];
    try (PreparedStatement hits =
            c.prepareStatement(
                "SELECT rowid, title, snippet(fts, 1, '**', '**', '…', 12) FROM fts WHERE fts"
                    + " MATCH ? ORDER BY rank LIMIT 10");
        PreparedStatement facets =
            c.prepareStatement(
                "SELECT site, count(*) FROM meta WHERE rowid IN (SELECT rowid FROM fts WHERE fts"
                    + " MATCH ?) GROUP BY site ORDER BY 2 DESC LIMIT 10")) {
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < qs.length; i++) {
          String q = phrase ? "\"" + qs[i] + "\"" : qs[i];
          long t0 = System.nanoTime();
          drain(hits, q);
          drain(facets, q);
          t[i] = System.nanoTime() - t0;
        }
      }
    }
    return t;
  }

  private static void drain(PreparedStatement p, String q) throws Exception {
    p.setString(1, q);
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        r.getString(2);
      }
    }
  }

  private static String pct(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return String.format(
        "p50 %5.1f ms  p95 %5.1f ms  p99 %5.1f ms",
        s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6, s[(int) (s.length * 0.99)] / 1e6);
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> w = Files.walk(dir)) {
      return w.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
