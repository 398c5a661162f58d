package org.rassegna.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rassegna.extract.Extraction;
import org.rassegna.model.Outcome;
import org.rassegna.model.RawPage;
import org.rassegna.model.SourceItem;
import org.rassegna.nlp.Annotator;
import org.rassegna.source.PageSource;
import org.rassegna.source.SourceOptions;
import org.rassegna.source.Sources;
import org.rassegna.store.Corpus;
import org.rassegna.store.CorpusEntry;

/**
 * Ingest throughput: pages extracted and committed to a new corpus (DuckDB and Lucene), as {@code
 * rassegna ingest} does it: extraction on {@code THREADS} worker threads, one writer taking the
 * outcomes in order and committing every {@value Corpus#DEFAULT_BATCH_SIZE}. The pages of the
 * folder are read into memory once and fed {@code COPIES} times, each copy under its own URL (its
 * absolute URLs, the canonical one included, get a host prefix of their own) and with its copy
 * number at the start of its {@code <title>} and paragraphs, so that every copy is a new article
 * (same URL would be unchanged, same words an exact duplicate, and neither would be indexed).
 *
 * <p>Enrichment (language, sentences, entities) runs on the worker threads after extraction, as in
 * {@code rassegna ingest}, unless the fifth argument is {@code no-enrich}; its models load before
 * the clock starts.
 *
 * <p>Usage: {@code IngestBench PAGES_DIR WORK_DIR [COPIES] [THREADS] [enrich|no-enrich]}; {@code
 * WORK_DIR/corpus} is deleted first.
 */
public final class IngestBench {
  /** Where the copy number goes: the start of the title and of every paragraph. */
  private static final Pattern MARKED = Pattern.compile("(?i)<title[^>]*>|<p(?:\\s[^>]*)?>");

  private static final Pattern ABSOLUTE_URL = Pattern.compile("://");
  private static final int IN_FLIGHT = 64;

  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    Path pages = Path.of(args[0]);
    Path corpusDir = Path.of(args[1]).resolve("corpus");
    int copies = args.length > 2 ? Integer.parseInt(args[2]) : 12;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    boolean enrich = args.length <= 4 || !"no-enrich".equals(args[4]);
    List<RawPage> originals = read(pages);
    long load = System.nanoTime();
    Function<Outcome, CorpusEntry> enrichment = enrichment(enrich);
    System.out.printf(
        "enrichment: %s (models loaded in %.1f s, before the clock starts)%n",
        enrich ? "on" : "off", (System.nanoTime() - load) / 1e9);
    Dirs.delete(corpusDir);
    System.out.printf(
        "ingest: %d pages x %d copies = %d pages, %d extraction threads, %d available cores%n",
        originals.size(),
        copies,
        originals.size() * copies,
        threads,
        Runtime.getRuntime().availableProcessors());
    Heap.resetPeak();
    long t0 = System.nanoTime();
    long articles;
    String summary;
    ExecutorService pool = Executors.newFixedThreadPool(threads, named());
    try (Corpus corpus = Corpus.open(corpusDir)) {
      Extraction extraction = Extraction.withDefaults();
      ArrayDeque<Future<CorpusEntry>> window = new ArrayDeque<>();
      for (int k = 0; k < copies; k++) {
        for (RawPage page : originals) {
          RawPage copy = copy(page, k);
          window.add(pool.submit(() -> enrichment.apply(extraction.apply(copy, Set.of()))));
          if (window.size() >= IN_FLIGHT) {
            corpus.add(window.poll().get());
          }
        }
      }
      while (!window.isEmpty()) {
        corpus.add(window.poll().get());
      }
      corpus.commit();
      articles = corpus.articleCount();
      summary = corpus.counts().summary();
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    int n = originals.size() * copies;
    System.out.printf(
        "ingest: %d pages in %.1f s = %.1f pages/s (extraction%s + DuckDB + Lucene, committed)%n",
        n, seconds, n / seconds, enrich ? " + enrichment" : "");
    System.out.printf("corpus: %d articles; %s%n", articles, summary);
    System.out.printf(
        "corpus size: %.0f bytes/article; %s%n",
        (double) Dirs.bytes(corpusDir) / Math.max(1, articles), Heap.describe());
  }

  private static Function<Outcome, CorpusEntry> enrichment(boolean on) {
    if (!on) {
      return CorpusEntry::plain;
    }
    Annotator annotator = Annotator.defaults();
    return outcome -> CorpusEntry.enrich(outcome, annotator);
  }

  private static List<RawPage> read(Path dir) throws IOException {
    List<RawPage> out = new ArrayList<>();
    try (PageSource src = Sources.open(List.of(dir), SourceOptions.defaults())) {
      for (SourceItem item : src) {
        if (item instanceof RawPage p) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /**
   * Copy {@code k}: a URL of its own (fetched and canonical) and the copy number at the start of
   * the title and of every paragraph.
   */
  private static RawPage copy(RawPage page, int k) {
    String name = Path.of(page.source().path()).getFileName().toString();
    // Latin-1 maps every byte to one char and back, whatever the page's real charset.
    String html = new String(page.content(), StandardCharsets.ISO_8859_1);
    // Titles may come from markup the page repeats (JSON-LD, meta tags), so the paragraphs carry
    // the number too: the copies' texts differ, and none is an exact duplicate of another.
    String marked =
        MARKED.matcher(html).replaceAll(r -> Matcher.quoteReplacement(r.group()) + k + " ");
    // The extractor prefers the page's canonical URL to the fetched one; every absolute URL gets
    // the copy's own host prefix, so that the copies do not share the canonical URL's id.
    marked = ABSOLUTE_URL.matcher(marked).replaceAll("://copy-" + k + ".");
    return new RawPage(
            page.source(),
            page.url(),
            page.kind(),
            marked.getBytes(StandardCharsets.ISO_8859_1),
            page.declaredCharset(),
            page.fetched())
        .withUrl("https://copy-" + k + ".bench.invalid/" + name);
  }

  private static java.util.concurrent.ThreadFactory named() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "ingest-bench-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
