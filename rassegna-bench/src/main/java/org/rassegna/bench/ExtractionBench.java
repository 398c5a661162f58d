package org.rassegna.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.rassegna.eval.ShingleScore;
import org.rassegna.extract.charset.PageDecoder;
import org.rassegna.json.ArticleJson;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

/**
 * HTML extraction speed and accuracy, side by side, in one JVM: every contender runs warm-up rounds
 * over all pages, then timed rounds, single thread; the median round gives ms/page. Timed rounds
 * take turns (one round of each contender, then the next round), so that a busy machine slows all
 * contenders alike instead of whichever happened to run during a burst. The shingle F1 of each on
 * the same pages is printed next to its speed. Next to the wall-clock median stands the median CPU
 * time of the benchmark thread, which time spent waiting for a core does not inflate.
 *
 * <p>Usage: {@code ExtractionBench HTML_DIR GROUND_TRUTH.json [warmup-rounds] [timed-rounds]}
 */
public final class ExtractionBench {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ExtractionBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ExtractionBench HTML_DIR GROUND_TRUTH.json [warmup] [rounds]");
      System.exit(2);
    }
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    List<BenchPage> pages = load(Path.of(args[0]), Path.of(args[1]));
    System.out.printf(
        Locale.ROOT,
        "%d pages, %d warm-up + %d timed rounds, 1 thread, %s%n",
        pages.size(),
        warmup,
        rounds,
        Runtime.version());
    System.out.printf(
        Locale.ROOT,
        "%-36s %9s %9s %9s %7s %7s %7s %7s%n",
        "extractor",
        "ms/page",
        "cpu ms",
        "pages/s",
        "F1",
        "P",
        "R",
        "errors");
    List<Contender> contenders = Contenders.all();
    for (Contender c : contenders) {
      for (int i = 0; i < warmup; i++) {
        timeRound(c, pages);
      }
    }
    double[][] ms = new double[contenders.size()][rounds];
    double[][] cpu = new double[contenders.size()][rounds];
    for (int i = 0; i < rounds; i++) {
      for (int c = 0; c < contenders.size(); c++) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        ms[c][i] = timeRound(contenders.get(c), pages) / pages.size();
        cpu[c][i] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6 / pages.size();
      }
    }
    for (int c = 0; c < contenders.size(); c++) {
      report(contenders.get(c), pages, median(ms[c]), median(cpu[c]));
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void report(Contender c, List<BenchPage> pages, double median, double cpu) {
    ShingleScore score = new ShingleScore();
    int errors = 0;
    for (BenchPage p : pages) {
      String text;
      try {
        text = c.extract(p);
      } catch (Exception | StackOverflowError e) {
        errors++;
        text = "";
      }
      score.add(text, p.truth());
    }
    System.out.printf(
        Locale.ROOT,
        "%-36s %9.3f %9.3f %9.1f %7.3f %7.3f %7.3f %7d%n",
        c.name(),
        median,
        cpu,
        1000 / median,
        score.f1(),
        score.precision(),
        score.recall(),
        errors);
  }

  /** Milliseconds for one pass over all pages; a page that throws still costs its time. */
  private static double timeRound(Contender c, List<BenchPage> pages) {
    long sink = 0;
    long t0 = System.nanoTime();
    for (BenchPage p : pages) {
      try {
        sink += c.extract(p).length();
      } catch (Exception | StackOverflowError e) {
        sink--;
      }
    }
    double elapsed = (System.nanoTime() - t0) / 1e6;
    if (sink == Long.MIN_VALUE) {
      System.out.print("");
    }
    return elapsed;
  }

  static List<BenchPage> load(Path dir, Path truthFile) throws IOException {
    JsonNode truth = ArticleJson.mapper().readTree(truthFile.toFile());
    List<BenchPage> pages = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      Path file = dir.resolve(e.getKey() + ".html.gz");
      if (!Files.exists(file)) {
        file = dir.resolve(e.getKey() + ".html");
      }
      byte[] bytes = read(file);
      Optional<String> url = Optional.ofNullable(e.getValue().path("url").textValue());
      RawPage raw =
          RawPage.of(SourceRef.file(file.toString(), SourceFormat.HTML), PageKind.HTML, bytes);
      if (url.isPresent()) {
        raw = raw.withUrl(url.get());
      }
      String html = PageDecoder.decode(raw);
      pages.add(
          new BenchPage(e.getKey(), raw, html, url, e.getValue().path("articleBody").asText("")));
    }
    return pages;
  }

  private static byte[] read(Path p) throws IOException {
    if (!p.getFileName().toString().endsWith(".gz")) {
      return Files.readAllBytes(p);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }
}
