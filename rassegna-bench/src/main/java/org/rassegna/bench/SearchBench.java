package org.rassegna.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.rassegna.store.CorpusSearch;
import org.rassegna.store.SearchRequest;
import org.rassegna.store.index.IndexStore;

/**
 * Search latency on a synthetic corpus ({@link SyntheticCorpus}), side by side with SQLite FTS5
 * ({@link Fts5Corpus}) on the same articles and queries. Each Lucene search is what {@code rassegna
 * search --facets} does: ten hits with stored fields and highlighted snippets, the exact total and
 * the top values of six facets. Queries run one at a time; after a warm-up pass, each query runs
 * three times and counts with the median time. The corpus is built once into {@code WORK_DIR} and
 * reused while the article count, seed, paragraph pool and index layout are the same.
 *
 * <p>Usage: {@code SearchBench PAGES_DIR WORK_DIR [ARTICLES] [QUERIES]}.
 */
public final class SearchBench {
  private static final long SEED = 42;
  private static final String[] CLASSES = {"1 word", "2 words", "phrase"};
  private static final int RUNS = 3;

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    Path pages = Path.of(args[0]);
    Path work = Path.of(args[1]);
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
    int queries = args.length > 3 ? Integer.parseInt(args[3]) : 300;
    SyntheticCorpus corpus = SyntheticCorpus.fromPages(pages);
    System.out.printf("pool: %d paragraphs from %s%n", corpus.poolSize(), pages);
    Path lucene = work.resolve("lucene");
    Path sqlite = work.resolve("fts5.db");
    String stamp =
        "articles="
            + n
            + " seed="
            + SEED
            + " pool="
            + corpus.poolSize()
            + " layout="
            + IndexStore.LAYOUT
            + "\n";
    Path stampFile = work.resolve("corpus.txt");
    if (Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
      System.out.printf("reusing the corpus in %s (%s)%n", work, stamp.strip());
    } else {
      build(corpus, n, lucene, sqlite, work);
      Files.writeString(stampFile, stamp);
    }
    System.out.printf(
        "index size per article: lucene %.0f bytes, fts5 %.0f bytes%n",
        (double) Dirs.bytes(lucene) / n, (double) Files.size(sqlite) / n);
    String[][] classes = corpus.queries(new Random(SEED + 1), queries);
    Heap.resetPeak();
    try (CorpusSearch search = CorpusSearch.open(lucene);
        Fts5Corpus fts = Fts5Corpus.open(sqlite)) {
      System.out.printf("lucene: %d documents%n", search.size());
      for (int k = 0; k < classes.length; k++) {
        long[] l = timeLucene(search, classes[k]);
        long[] f = timeFts(fts, classes[k]);
        System.out.printf("%-8s lucene %s | fts5 %s%n", CLASSES[k], pct(l), pct(f));
      }
    }
    System.out.println(Heap.describe() + " while searching");
  }

  private static void build(SyntheticCorpus corpus, int n, Path lucene, Path sqlite, Path work)
      throws Exception {
    Dirs.delete(work);
    Files.createDirectories(work);
    long t0 = System.nanoTime();
    try (IndexStore store = IndexStore.open(lucene.resolve("index"))) {
      Random r = new Random(SEED);
      for (int i = 0; i < n; i++) {
        store.put(corpus.article(i, r));
      }
      store.commit(1);
    }
    System.out.printf("lucene: indexed %d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    Fts5Corpus.build(sqlite, corpus, n, SEED);
    System.out.printf("fts5: indexed %d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
  }

  private static long[] timeLucene(CorpusSearch s, String[] qs) throws Exception {
    return time(qs, q -> s.search(SearchRequest.of(q).withFacets(true)));
  }

  private static long[] timeFts(Fts5Corpus fts, String[] qs) throws Exception {
    return time(qs, fts::search);
  }

  /** One search, timed; may fail as the engines do. */
  private interface Search {
    void run(String query) throws Exception;
  }

  /**
   * Each query's time: the median of three runs after a warm-up pass over all queries, so that a
   * run the scheduler of a shared machine interrupts does not count as the engine's latency.
   */
  private static long[] time(String[] qs, Search search) throws Exception {
    for (String q : qs) {
      search.run(q);
    }
    long[][] runs = new long[RUNS][qs.length];
    for (int run = 0; run < RUNS; run++) {
      for (int i = 0; i < qs.length; i++) {
        long t0 = System.nanoTime();
        search.run(qs[i]);
        runs[run][i] = System.nanoTime() - t0;
      }
    }
    long[] t = new long[qs.length];
    for (int i = 0; i < qs.length; i++) {
      long[] mine = new long[RUNS];
      for (int run = 0; run < RUNS; run++) {
        mine[run] = runs[run][i];
      }
      Arrays.sort(mine);
      t[i] = mine[RUNS / 2];
    }
    return t;
  }

  private static String pct(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return String.format(
        "p50 %5.1f ms  p95 %5.1f ms  p99 %5.1f ms",
        s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6, s[(int) (s.length * 0.99)] / 1e6);
  }
}
