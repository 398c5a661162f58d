package org.rassegna.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rassegna.extract.Extraction;
import org.rassegna.model.Article;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;
import org.rassegna.nlp.AnnotatedArticle;
import org.rassegna.nlp.Annotator;

/**
 * Enrichment throughput: the Scrapinghub pages are extracted once, then annotated by N threads over
 * several rounds after one warm-up round, in four set-ups with their rounds interleaved so all see
 * the same machine load: every stage (language, sentences, NER, linking, quotes, events), without
 * the quote stage, without event coding, and without both (the entity stages alone). Prints
 * articles/s of each and the heap in use after a GC with every language's models loaded.
 *
 * <p>Usage: {@code AnnotateBench HTML_DIR [rounds] [threads]}
 */
public final class AnnotateBench {
  private AnnotateBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/extraction/scrapinghub/html");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    List<Article> articles = extract(dir);
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    long t0 = System.nanoTime();
    Annotator annotator = Annotator.defaults();
    double startupMs = (System.nanoTime() - t0) / 1e6;
    List<Annotator> setups =
        List.of(
            annotator,
            annotator.withoutQuotes(),
            annotator.withoutEvents(),
            annotator.withoutQuotes().withoutEvents());
    List<String> names = List.of("all stages", "without quotes", "without events", "entities only");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long[] found = annotateAll(pool, annotator, articles);
      double[] best = new double[setups.size()];
      Arrays.fill(best, Double.MAX_VALUE);
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < setups.size(); i++) {
          best[i] = Math.min(best[i], timed(pool, setups.get(i), articles));
        }
      }
      System.gc();
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      long heapMb = memory.getHeapMemoryUsage().getUsed() >> 20;
      System.out.printf(
          Locale.ROOT,
          "%d articles (%.1f k chars avg), %d threads, best of %d rounds;"
              + " found %d entities, %d quotes, %d events%n",
          articles.size(),
          chars / 1000.0 / articles.size(),
          threads,
          rounds,
          found[0],
          found[1],
          found[2]);
      for (int i = 0; i < setups.size(); i++) {
        System.out.printf(
            Locale.ROOT,
            "annotate, %-15s %6.1f articles/s (%.2f ms/article/thread)%n",
            names.get(i) + ":",
            articles.size() / best[i],
            best[i] * 1000 * threads / articles.size());
      }
      System.out.printf(
          Locale.ROOT,
          "annotator start-up %.0f ms; heap in use after GC with models loaded: %d MB (max %d MB)%n",
          startupMs,
          heapMb,
          Runtime.getRuntime().maxMemory() >> 20);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double timed(ExecutorService pool, Annotator annotator, List<Article> articles)
      throws Exception {
    long start = System.nanoTime();
    annotateAll(pool, annotator, articles);
    return (System.nanoTime() - start) / 1e9;
  }

  /** Entities, quotes and events found. */
  private static long[] annotateAll(
      ExecutorService pool, Annotator annotator, List<Article> articles) throws Exception {
    List<Future<AnnotatedArticle>> futures = new ArrayList<>();
    for (Article a : articles) {
      futures.add(pool.submit(() -> annotator.annotate(a)));
    }
    long[] found = new long[3];
    for (Future<AnnotatedArticle> f : futures) {
      AnnotatedArticle done = f.get();
      found[0] += done.entities().size();
      found[1] += done.quotes().size();
      found[2] += done.events().size();
    }
    return found;
  }

  private static List<Article> extract(Path dir) throws Exception {
    Extraction extraction = Extraction.withDefaults();
    List<Article> out = new ArrayList<>();
    for (BenchPage p : ExtractionBench.load(dir, dir.resolveSibling("ground-truth.json"))) {
      RawPage page =
          RawPage.of(SourceRef.file(p.id(), SourceFormat.HTML), PageKind.HTML, p.raw().content());
      if (extraction.extract(page) instanceof Outcome.Extracted e) {
        out.add(e.article());
      }
    }
    return out;
  }
}
