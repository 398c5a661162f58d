package org.rassegna.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
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
 * Enrichment throughput: the Scrapinghub pages are extracted once, then annotated (language,
 * sentences, NER, linking, events) by N threads over several rounds after one warm-up round, with
 * event coding off and on in alternate rounds so both see the same machine load; prints articles/s
 * of each and the heap in use after a GC with every language's models loaded.
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
    Annotator withoutEvents = annotator.withEvents(false);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long entities = annotateAll(pool, withoutEvents, articles, AnnotatedArticle::entities);
      long events = annotateAll(pool, annotator, articles, AnnotatedArticle::events);
      double best = Double.MAX_VALUE;
      double bestWithEvents = Double.MAX_VALUE;
      for (int r = 0; r < rounds; r++) {
        best = Math.min(best, seconds(pool, withoutEvents, articles));
        bestWithEvents = Math.min(bestWithEvents, seconds(pool, annotator, articles));
      }
      System.gc();
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      long heapMb = memory.getHeapMemoryUsage().getUsed() >> 20;
      System.out.printf(
          Locale.ROOT,
          "%d articles (%.1f k chars avg), %d threads, best of %d rounds%n"
              + "annotate, events off: %.1f articles/s (%.2f ms/article/thread), %d entities%n"
              + "annotate, events on:  %.1f articles/s (%.2f ms/article/thread), %d events%n"
              + "annotator start-up %.0f ms; heap in use after GC with models loaded: %d MB"
              + " (max %d MB)%n",
          articles.size(),
          chars / 1000.0 / articles.size(),
          threads,
          rounds,
          articles.size() / best,
          best * 1000 * threads / articles.size(),
          entities,
          articles.size() / bestWithEvents,
          bestWithEvents * 1000 * threads / articles.size(),
          events,
          startupMs,
          heapMb,
          Runtime.getRuntime().maxMemory() >> 20);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double seconds(ExecutorService pool, Annotator annotator, List<Article> articles)
      throws Exception {
    long start = System.nanoTime();
    annotateAll(pool, annotator, articles, AnnotatedArticle::entities);
    return (System.nanoTime() - start) / 1e9;
  }

  /** Annotates every article; returns the total size of the lists {@code count} picks. */
  private static long annotateAll(
      ExecutorService pool,
      Annotator annotator,
      List<Article> articles,
      Function<AnnotatedArticle, List<?>> count)
      throws Exception {
    List<Future<AnnotatedArticle>> futures = new ArrayList<>();
    for (Article a : articles) {
      futures.add(pool.submit(() -> annotator.annotate(a)));
    }
    long n = 0;
    for (Future<AnnotatedArticle> f : futures) {
      n += count.apply(f.get()).size();
    }
    return n;
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
