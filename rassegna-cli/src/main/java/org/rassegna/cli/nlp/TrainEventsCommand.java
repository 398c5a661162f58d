package org.rassegna.cli.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rassegna.nlp.eval.EventGold;
import org.rassegna.nlp.eval.EventTypeEval;
import org.rassegna.nlp.eval.GoldSentence;
import org.rassegna.nlp.eval.TriggerRankerTraining;
import org.rassegna.nlp.event.TriggerRanker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rassegna train events}: trains the trigger ranker on the training part of the gold
 * sentences ({@link EventGold}) and writes it; pointing {@code -o} at {@code
 * rassegna-nlp/src/main/resources/org/rassegna/nlp/event/trigger-ranker.tsv.gz} reproduces the
 * shipped model. Prints the held-out accuracy of the first verbal trigger and of the new ranker's
 * choice.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Trains the trigger ranker (averaged perceptron) on the PLOVER/PETRARCH gold.")
public final class TrainEventsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description =
          "The shared folder holding data/events/ and data/kb/plover/ (default: ../shared).")
  Path shared = Path.of("../shared");

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "The model file to write (gzipped text).")
  Path output;

  @Option(
      names = "--cv",
      paramLabel = "K",
      description =
          "Also print K-fold cross-validated accuracy on the training part (default: 0, none).")
  int folds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<GoldSentence> gold = EventGold.read(shared);
    List<GoldSentence> training = EventGold.training(gold);
    if (folds > 1) {
      double[] cv = TriggerRankerTraining.crossValidate(training, folds);
      out.printf(
          "%d-fold cross-validation on the training part: first verbal trigger %.3f, ranker %.3f%n",
          folds, cv[0], cv[1]);
    }
    TriggerRanker model = TriggerRankerTraining.train(training);
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream o = Files.newOutputStream(output)) {
      model.write(o);
    }
    out.printf(
        "trained on %d of %d gold sentences, %d features -> %s%n",
        training.size(), gold.size(), model.size(), output);
    List<GoldSentence> heldOut = EventGold.heldOut(gold);
    List<EventTypeEval.Result> lexicon = EventTypeEval.score(heldOut, Optional.empty());
    List<EventTypeEval.Result> trained = EventTypeEval.score(heldOut, Optional.of(model));
    out.printf("%-12s %-4s %9s %8s %8s%n", "held-out", "lang", "sentences", "first-verb", "ranker");
    for (int i = 0; i < lexicon.size(); i++) {
      EventTypeEval.Result r = lexicon.get(i);
      out.printf(
          "%-12s %-4s %9d %8.3f %8.3f%n",
          r.set(), r.language(), r.top().total(), r.top().rate(), trained.get(i).top().rate());
    }
    out.flush();
    return 0;
  }
}
