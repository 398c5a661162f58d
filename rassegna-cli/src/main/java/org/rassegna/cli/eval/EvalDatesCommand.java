package org.rassegna.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rassegna.extract.Extraction;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna eval dates}: publication-day accuracy, scored the htmldate way. */
@Command(
    name = "dates",
    mixinStandardHelpOptions = true,
    description = {
      "Scores publication dates on a folder of pages against ground truth ({id: {url, date}}):",
      "a right day is TP, a wrong one FP, none when one was expected FN, none when none was"
          + " expected TN; accuracy = (TP+TN)/all."
    })
public final class EvalDatesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--html", paramLabel = "DIR", required = true, description = "HTML pages.")
  Path html;

  @Option(names = "--truth", paramLabel = "FILE", required = true, description = "Ground truth.")
  Path truth;

  @Option(
      names = "--errors",
      paramLabel = "N",
      defaultValue = "0",
      description = "Also list up to N wrong or missing dates.")
  int errors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    BenchmarkPages pages = BenchmarkPages.load(html, truth, PageKind.HTML, true);
    Extraction extraction = Extraction.withDefaults();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    long nanos = 0;
    List<String> wrong = new ArrayList<>();
    for (BenchmarkPages.Case c : pages.cases()) {
      long t0 = System.nanoTime();
      Outcome o = extraction.extract(c.page());
      nanos += System.nanoTime() - t0;
      Optional<String> day =
          o instanceof Outcome.Extracted e
              ? e.article().published().map(d -> d.date().toString())
              : Optional.empty();
      String expected = c.truth().path("date").isTextual() ? c.truth().get("date").asText() : null;
      if (day.isPresent() && day.get().equals(expected)) {
        tp++;
      } else if (day.isPresent()) {
        fp++;
        wrong.add(
            c.id()
                + "  got "
                + day.get()
                + " expected "
                + expected
                + "  "
                + c.page().url().orElse(""));
      } else if (expected != null) {
        fn++;
        wrong.add(c.id() + "  got none expected " + expected + "  " + c.page().url().orElse(""));
      } else {
        tn++;
      }
    }
    int all = tp + fp + fn + tn;
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    out.printf(
        Locale.ROOT,
        "dates: accuracy %.3f  P %.3f  R %.3f  F %.3f  (TP %d FP %d FN %d TN %d, n %d)  %.1f"
            + " pages/s%n",
        (double) (tp + tn) / Math.max(1, all),
        precision,
        recall,
        f,
        tp,
        fp,
        fn,
        tn,
        all,
        all / (nanos / 1e9));
    wrong.stream().limit(errors).forEach(w -> out.println("  " + w));
    return 0;
  }
}
