package org.rassegna.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rassegna.nlp.eval.LinkingEval;
import org.rassegna.nlp.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna eval linking}: precision and recall of entity links on a linked set. */
@Command(
    name = "linking",
    mixinStandardHelpOptions = true,
    description = "Scores entity linking against a hand-linked set and prints precision/recall.")
final class EvalLinkingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      defaultValue = "rassegna-nlp/src/test/resources/linking/linked-set.tsv",
      description = "The linked set (default: ${DEFAULT-VALUE}).")
  Path data;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%-14s %9s %6s %8s %9s %7s %6s%n",
        "run", "predicted", "gold", "correct", "precision", "recall", "F1");
    for (LinkingEval.Score s : new LinkingEval(KnowledgeBase.shipped()).run(data)) {
      out.printf(
          "%-14s %9d %6d %8d %9.3f %7.3f %6.3f%n",
          s.run(), s.predicted(), s.gold(), s.correct(), s.precision(), s.recall(), s.f1());
    }
    return 0;
  }
}
