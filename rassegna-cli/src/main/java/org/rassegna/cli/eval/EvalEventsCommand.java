package org.rassegna.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.rassegna.nlp.Annotator;
import org.rassegna.nlp.eval.EventActorEval;
import org.rassegna.nlp.eval.EventFilterCv;
import org.rassegna.nlp.eval.EventGold;
import org.rassegna.nlp.eval.EventSetEval;
import org.rassegna.nlp.eval.EventTypeEval;
import org.rassegna.nlp.eval.GoldSentence;
import org.rassegna.nlp.eval.Tally;
import org.rassegna.nlp.event.PloverType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rassegna eval events}: type accuracy of the trigger stage on the PLOVER and PETRARCH gold
 * sentences (English, Spanish), then precision/recall/F1 of whole events (type, source country,
 * target country, date) on the project's labelled passages, per language and per type.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Scores PLOVER event coding: type accuracy and actor countries of the main event on the",
      "PLOVER/PETRARCH gold sentences,",
      "and event F1 (type + source country + target country + date) on the labelled passages."
    })
final class EvalEventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      defaultValue = "../shared",
      description =
          "The shared folder holding data/events/ and data/kb/plover/ (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(
      names = "--set",
      paramLabel = "FILE",
      defaultValue = "rassegna-nlp/src/test/resources/events/passages.jsonl",
      description = "The labelled passages (default: ${DEFAULT-VALUE}).")
  Path set;

  @Option(
      names = "--mismatches",
      description = "Also print each passage whose predicted events differ from its gold.")
  boolean mismatches;

  @Option(
      names = "--actor-errors",
      description =
          "Also print the gold sentences outside the held-out fifth whose main event has wrong"
              + " actor countries.")
  boolean actorErrors;

  @Option(
      names = "--agreement",
      paramLabel = "FILE",
      description =
          "Only score a second person's labels of the --set passages against the set's labels"
              + " (inter-annotator agreement, same tables; the coder does not run).")
  Optional<Path> agreement = Optional.empty();

  @Option(
      names = "--filter-cv",
      paramLabel = "FILE",
      split = ",",
      description =
          "Only cross-validate a trained keep/drop filter of the coder's events on these labelled"
              + " sets pooled (comma-separated), 4 folds by passage, seed 20261129.")
  List<Path> filterCv = List.of();

  @Option(
      names = "--filter-threshold",
      paramLabel = "P",
      description =
          "With --filter-cv: keep events whose probability reaches P in every fold, instead of"
              + " the threshold an inner cross-validation of the training folds chooses.")
  Optional<Double> filterThreshold = Optional.empty();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!filterCv.isEmpty()) {
      printFilterCv(
          out,
          new EventFilterCv(Annotator.defaults())
              .run(
                  filterCv,
                  4,
                  20261129L,
                  filterThreshold.map(OptionalDouble::of).orElse(OptionalDouble.empty())));
      return 0;
    }
    if (agreement.isPresent()) {
      out.println("Agreement of " + agreement.get() + " with " + set);
      printSet(out, EventSetEval.agreement(set, agreement.get()));
      return 0;
    }
    Path events = shared.resolve("data/events");
    if (Files.isDirectory(events)) {
      List<GoldSentence> gold = EventGold.read(shared);
      printTypes(out, gold);
      printHeldOut(out, EventGold.heldOut(gold));
      EventActorEval actors = new EventActorEval(Annotator.defaults());
      printActors(out, "all gold sentences", actors.score(gold));
      printActors(out, "held-out fifth", actors.score(EventGold.heldOut(gold)));
      if (actorErrors) {
        actors.errors(EventGold.training(gold)).forEach(out::println);
        out.println();
      }
    } else {
      out.println("no gold sentences: " + events + " is missing (see --shared)");
    }
    printSet(out, new EventSetEval(Annotator.defaults()).run(set));
    return 0;
  }

  private static void printTypes(PrintWriter out, List<GoldSentence> gold) {
    out.println("Type accuracy of the trigger stage on gold sentences");
    out.printf(
        "%-12s %-4s %9s %8s %8s %10s%n", "set", "lang", "sentences", "top", "any", "no-trigger");
    List<EventTypeEval.Result> results = EventTypeEval.score(gold);
    for (EventTypeEval.Result r : results) {
      out.printf(
          "%-12s %-4s %9d %8.3f %8.3f %10d%n",
          r.set(), r.language(), r.top().total(), r.top().rate(), r.any().rate(), r.noTrigger());
    }
    out.println();
    out.println("Top-type accuracy per gold type (sentences/accuracy per set)");
    out.printf("%-10s", "type");
    for (EventTypeEval.Result r : results) {
      out.printf(" %16s", r.set());
    }
    out.println();
    for (PloverType t : PloverType.values()) {
      out.printf("%-10s", t.name());
      for (EventTypeEval.Result r : results) {
        Tally c = r.perType().getOrDefault(t, new Tally(0, 0));
        out.printf(" %16s", c.total() == 0 ? "-" : String.format("%d/%.2f", c.total(), c.rate()));
      }
      out.println();
    }
    out.println();
  }

  /**
   * The held-out fifth of the gold sentences, which the trigger ranker did not learn from: the type
   * of the first verbal trigger against that of the ranker's choice.
   */
  private static void printHeldOut(PrintWriter out, List<GoldSentence> heldOut) {
    out.println("Held-out fifth (not used to train the trigger ranker): top-type accuracy");
    out.printf("%-12s %-4s %9s %10s %8s%n", "set", "lang", "sentences", "first-verb", "ranker");
    List<EventTypeEval.Result> lexicon = EventTypeEval.score(heldOut, Optional.empty());
    List<EventTypeEval.Result> model = EventTypeEval.score(heldOut);
    for (int i = 0; i < lexicon.size(); i++) {
      EventTypeEval.Result r = lexicon.get(i);
      out.printf(
          "%-12s %-4s %9d %10.3f %8.3f%n",
          r.set(), r.language(), r.top().total(), r.top().rate(), model.get(i).top().rate());
    }
    out.println();
  }

  /**
   * Actor accuracy of the coder's main event on the gold sentences with an actor country: the
   * development measure for actor rules, hundreds of sentences against the passages' few events.
   */
  private static void printActors(PrintWriter out, String what, List<EventActorEval.Result> rows) {
    out.println("Actor countries of the main event, " + what + " with a gold actor country");
    out.printf(
        "%-12s %-4s %9s %8s %9s %8s %12s%n",
        "set", "lang", "sentences", "source", "(n)", "target", "(n)  type+s+t");
    for (EventActorEval.Result r : rows) {
      out.printf(
          "%-12s %-4s %9d %8.3f %9d %8.3f %4d %7.3f%n",
          r.set(),
          r.language(),
          r.event().total(),
          r.source().rate(),
          r.source().total(),
          r.target().rate(),
          r.target().total(),
          r.event().rate());
    }
    out.println();
  }

  private static void printFilterCv(PrintWriter out, List<EventFilterCv.Fold> folds) {
    out.println("Event filter, cross-validated: strict and type-only F1 without and with it");
    out.printf(
        "%-8s %9s %6s %10s %10s %8s %8s %8s %8s%n",
        "fold",
        "threshold",
        "gold",
        "predicted",
        "filtered",
        "strict",
        "filtered",
        "type",
        "filtered");
    for (EventFilterCv.Fold f : folds) {
      EventSetEval.Counts plain = EventFilterCv.all(f.plain());
      EventSetEval.Counts kept = EventFilterCv.all(f.filtered());
      out.printf(
          "%-8s %9s %6d %10d %10d %8.3f %8.3f %8.3f %8.3f%n",
          f.name(),
          Double.isNaN(f.threshold()) ? "-" : String.format("%.2f", f.threshold()),
          plain.gold(),
          plain.predicted(),
          kept.predicted(),
          plain.f1(),
          kept.f1(),
          typeOnly(f.plain()).f1(),
          typeOnly(f.filtered()).f1());
    }
  }

  private static EventSetEval.Counts typeOnly(EventSetEval.Result r) {
    return r.byLevel().stream().filter(c -> c.key().equals("type")).findFirst().orElseThrow();
  }

  private void printSet(PrintWriter out, EventSetEval.Result r) {
    out.printf(
        "Event F1 (type + source country + target country + date) on %d passages of %s%n",
        r.passages(), set);
    printRows(out, "lang", r.byLanguage());
    out.println();
    printRows(out, "type", r.byType());
    out.println();
    out.println("Looser matching (where the strict score is lost), all languages then each");
    printRows(out, "match", r.byLevel());
    if (mismatches) {
      out.println();
      for (EventSetEval.Mismatch m : r.mismatches()) {
        out.printf("%s%n  gold:      %s%n  predicted: %s%n", m.id(), m.gold(), m.predicted());
      }
    }
  }

  private static void printRows(PrintWriter out, String what, List<EventSetEval.Counts> rows) {
    out.printf(
        "%-24s %9s %6s %8s %9s %7s %6s%n",
        what, "predicted", "gold", "correct", "precision", "recall", "F1");
    for (EventSetEval.Counts c : rows) {
      out.printf(
          "%-24s %9d %6d %8d %9.3f %7.3f %6.3f%n",
          c.key(), c.predicted(), c.gold(), c.correct(), c.precision(), c.recall(), c.f1());
    }
  }
}
