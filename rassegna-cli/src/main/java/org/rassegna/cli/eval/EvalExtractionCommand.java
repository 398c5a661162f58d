package org.rassegna.cli.eval;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rassegna.eval.ShingleScore;
import org.rassegna.extract.Extraction;
import org.rassegna.extract.text.RepeatedLines;
import org.rassegna.json.ArticleJson;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna eval extraction}: body precision, recall and F1 by 4-token shingles. */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Scores body extraction on a benchmark folder against ground truth",
      "({id: {articleBody, url}}), the Scrapinghub way: 4-token shingles, mean precision and"
          + " recall over documents, F1 of the means. Also prints pages/s (one thread)."
    })
public final class EvalExtractionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  static final class Input {
    @Option(names = "--html", paramLabel = "DIR", required = true, description = "HTML pages.")
    Path html;

    @Option(names = "--dumps", paramLabel = "DIR", required = true, description = "Text dumps.")
    Path dumps;
  }

  @ArgGroup(multiplicity = "1")
  Input input;

  @Option(names = "--truth", paramLabel = "FILE", required = true, description = "Ground truth.")
  Path truth;

  @Option(
      names = "--worst",
      paramLabel = "N",
      defaultValue = "0",
      description = "Also list the N documents with the lowest F1.")
  int worst;

  @Option(names = "--predictions", paramLabel = "FILE", description = "Write predictions JSONL.")
  Path predictions;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean html = input.html != null;
    BenchmarkPages pages =
        BenchmarkPages.load(
            html ? input.html : input.dumps, truth, html ? PageKind.HTML : PageKind.TEXT, html);
    Extraction extraction = Extraction.withDefaults();
    Set<String> repeated = Set.of();
    if (!html) {
      RepeatedLines.Builder lines = new RepeatedLines.Builder();
      pages
          .cases()
          .forEach(c -> lines.addPage(new String(c.page().content(), StandardCharsets.UTF_8)));
      repeated = lines.build();
    }
    ShingleScore score = new ShingleScore();
    List<String[]> perDoc = new ArrayList<>();
    long nanos = 0;
    Writer pred =
        predictions == null ? null : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8);
    try {
      for (BenchmarkPages.Case c : pages.cases()) {
        long t0 = System.nanoTime();
        Outcome o = extraction.extract(c.page(), repeated);
        nanos += System.nanoTime() - t0;
        String text = o instanceof Outcome.Extracted e ? e.article().text() : "";
        if (pred != null && o instanceof Outcome.Extracted e) {
          pred.write(ArticleJson.toLine(e.article(), false) + "\n");
        }
        ShingleScore.Doc d = score.add(text, c.truth().path("articleBody").asText(""));
        perDoc.add(
            new String[] {
              String.format(Locale.ROOT, "%.3f", d.f1()),
              String.format(Locale.ROOT, "P %.3f R %.3f", d.precision(), d.recall()),
              c.id()
            });
      }
    } finally {
      if (pred != null) {
        pred.close();
      }
    }
    out.printf(
        Locale.ROOT,
        "extraction (%s): F1 %.3f  P %.3f  R %.3f  accuracy %.3f  n %d  %.1f pages/s (%.2f ms/page,"
            + " 1 thread)%n",
        html ? "html" : "text dumps",
        score.f1(),
        score.precision(),
        score.recall(),
        score.accuracy(),
        score.documents(),
        score.documents() / (nanos / 1e9),
        nanos / 1e6 / Math.max(1, score.documents()));
    perDoc.sort(Comparator.comparing(a -> a[0]));
    for (int i = 0; i < Math.min(worst, perDoc.size()); i++) {
      out.println("  " + String.join("  ", perDoc.get(i)));
    }
    return 0;
  }
}
