package org.rassegna.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rassegna.extract.Extraction;
import org.rassegna.extract.OutcomeTally;
import org.rassegna.model.Article;
import org.rassegna.model.Outcome;
import org.rassegna.model.PublicationDate;
import org.rassegna.model.SourceItem;
import org.rassegna.source.PageSource;
import org.rassegna.source.SourceOptions;
import org.rassegna.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna demo}: extracts the bundled samples and shows what came out. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Extracts the bundled samples/ and shows a table of the articles and one in full.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      description = "Folder of pages (default: the samples/ folder of this installation).")
  Path samples;

  @picocli.CommandLine.Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = samples != null ? samples : defaultSamples();
    if (!Files.isDirectory(dir)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "no samples folder at " + dir + " (give one with --samples DIR)");
    }
    Extraction extraction = Extraction.withDefaults();
    OutcomeTally tally = new OutcomeTally();
    List<Article> articles = new ArrayList<>();
    out.printf("Extracting %s%n%n", dir);
    out.printf(
        "%-28s %-18s %-17s %-4s %6s  %s%n",
        "source", "site", "published", "lang", "words", "title");
    try (PageSource source = Sources.open(List.of(dir), SourceOptions.defaults())) {
      for (SourceItem item : source) {
        Outcome o = extraction.apply(item, Set.of());
        tally.add(o);
        if (o instanceof Outcome.Extracted e) {
          Article a = e.article();
          articles.add(a);
          out.printf(
              "%-28s %-18s %-17s %-4s %6d  %s%n",
              clip(
                  Path.of(a.source().path()).getFileName()
                      + a.source().offset().map(x -> "@" + x).orElse(""),
                  28),
              clip(a.siteName().orElse("-"), 18),
              a.published().map(PublicationDate::iso).map(s -> clip(s, 17)).orElse("-"),
              a.language().orElse("-"),
              a.text().split("\\s+").length,
              clip(a.title().orElse("(no title)"), 60));
        } else {
          out.printf(
              "%-28s %s%n",
              clip(Path.of(o.source().path()).getFileName().toString(), 28), describe(o));
        }
      }
    }
    out.printf("%n%s%n", tally.summary());
    articles.stream()
        .filter(a -> a.source().path().endsWith(".txt"))
        .findFirst()
        .or(() -> articles.stream().findFirst())
        .ifPresent(a -> showOne(out, a));
    return ingestAndSearch(out, dir);
  }

  /** Runs the real ingest, search and stats commands on the samples, as a user would. */
  private int ingestAndSearch(PrintWriter out, Path dir) {
    picocli.CommandLine root = spec.root().commandLine();
    String corpus = data.dir.toString();
    out.printf("%n── bin/rassegna ingest %s --data %s ──%n", dir, corpus);
    out.flush();
    int code = root.execute("ingest", dir.toString(), "--data", corpus);
    if (code != 0) {
      return code;
    }
    out.printf("%n── bin/rassegna search Putin --facets --data %s ──%n", corpus);
    out.flush();
    root.execute("search", "Putin", "--facets", "--limit", "3", "--data", corpus);
    out.printf("%n── bin/rassegna stats --data %s ──%n", corpus);
    out.flush();
    root.execute("stats", "--data", corpus);
    out.println();
    out.println("Next: bin/rassegna extract " + dir + " > articles.jsonl   (see README.md)");
    return 0;
  }

  private static void showOne(PrintWriter out, Article a) {
    out.printf("%n── %s ──%n", a.source().path());
    out.println(a.title().orElse("(no title)"));
    out.printf(
        Locale.ROOT,
        "%s · %s · %s%n%n",
        a.siteName().orElse("-"),
        a.published().map(PublicationDate::iso).orElse("-"),
        a.authors().isEmpty() ? "-" : String.join(", ", a.authors()));
    out.println(a.text());
  }

  private static String describe(Outcome o) {
    if (o instanceof Outcome.Skipped s) {
      return "skipped [" + s.reason().code() + "] " + s.message();
    }
    Outcome.Failed f = (Outcome.Failed) o;
    return "failed [" + f.reason().code() + "] " + f.message();
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static Path defaultSamples() {
    return Path.of(System.getProperty("rassegna.home", ".")).resolve("samples");
  }
}
