package org.rassegna.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rassegna.nlp.Annotator;
import org.rassegna.nlp.eval.QuoteAgreement;
import org.rassegna.nlp.eval.QuoteEval;
import org.rassegna.nlp.eval.QuoteSpanCv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna eval quotes}: quotes with the right speaker on a hand-labelled set. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description =
        "Scores quotes with their speakers against a hand-labelled set and prints"
            + " precision/recall/F1 per language.")
final class EvalQuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      defaultValue = "rassegna-nlp/src/test/resources/quotes/quotes-set.txt",
      description = "The labelled set (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--errors",
      description =
          "Also print each wrong or missed quote (for the development sets; keep the blind test"
              + " set blind).")
  boolean errors;

  @Option(
      names = "--agreement",
      paramLabel = "FILE",
      description =
          "Instead of running the finder, score a second person's labels of the same passages"
              + " against --data's (inter-annotator agreement, same metric).")
  Optional<Path> agreement = Optional.empty();

  @Option(
      names = "--span-cv",
      description =
          "Instead, cross-validate a trained quote span tagger leaving one development set out"
              + " at a time (the six development sets in --data's folder; the blind set is never"
              + " read), next to the rules on the same sets.")
  boolean spanCv;

  /** The development sets, in the order they were labelled; the current blind set is not one. */
  private static final List<String> DEVELOPMENT_SETS =
      List.of(
          "quotes-set.txt",
          "quotes-heldout.txt",
          "quotes-test.txt",
          "quotes-blind2.txt",
          "quotes-blind3.txt",
          "quotes-blind4.txt");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (spanCv) {
      printSpanCv(out);
      return 0;
    }
    List<QuoteEval.Score> scores;
    if (agreement.isPresent()) {
      out.println("Agreement of " + agreement.get() + " with " + data);
      scores = QuoteAgreement.of(data, agreement.get());
    } else {
      scores =
          (errors
                  ? new QuoteEval(Annotator.defaults(), out::println)
                  : new QuoteEval(Annotator.defaults()))
              .run(data);
    }
    out.printf(
        "%-5s %9s %6s %8s %9s %7s %6s %8s%n",
        "lang", "predicted", "gold", "correct", "precision", "recall", "F1", "span-F1");
    for (QuoteEval.Score s : scores) {
      out.printf(
          "%-5s %9d %6d %8d %9.3f %7.3f %6.3f %8.3f%n",
          s.language(),
          s.predicted(),
          s.gold(),
          s.correct(),
          s.precision(),
          s.recall(),
          s.f1(),
          s.spanF1());
    }
    return 0;
  }

  private void printSpanCv(PrintWriter out) throws IOException {
    Path dir = data.toAbsolutePath().getParent();
    List<Path> sets = DEVELOPMENT_SETS.stream().map(dir::resolve).toList();
    out.println(
        "Leave-one-set-out: quotes predicted, F1 and span-F1 of the rules, of the tagger"
            + " stacked on the rules and of the tagger without rule features");
    out.printf(
        "%-20s %5s %5s %6s %6s %5s %6s %6s %5s %6s %6s%n",
        "held out", "gold", "rules", "F1", "span", "stack", "F1", "span", "plain", "F1", "span");
    for (QuoteSpanCv.Row r : new QuoteSpanCv(Annotator.defaults()).run(sets)) {
      out.printf(
          "%-20s %5d %5d %6.3f %6.3f %5d %6.3f %6.3f %5d %6.3f %6.3f%n",
          r.set(),
          r.rules().gold(),
          r.rules().predicted(),
          r.rules().f1(),
          r.rules().spanF1(),
          r.stacked().predicted(),
          r.stacked().f1(),
          r.stacked().spanF1(),
          r.plain().predicted(),
          r.plain().f1(),
          r.plain().spanF1());
    }
  }
}
