package org.rassegna.nlp.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rassegna.nlp.event.PloverType;
import org.rassegna.nlp.event.TriggerCandidate;
import org.rassegna.nlp.event.TriggerRanker;

/**
 * Type accuracy of the trigger stage on event-coded gold sentences. The sentence's predicted type
 * is that of its first verbal trigger, else of its first trigger; it is right when it is one of the
 * sentence's gold types. {@code any} is the looser score: some trigger of the sentence has a gold
 * type. Sentences with no trigger count as wrong. Actors are not scored here: the gold sets use
 * invented or dated actors the knowledge base does not hold.
 */
public final class EventTypeEval {

  /**
   * Scores of one set and language.
   *
   * @param perType the top-type tally by the sentence's first gold type
   */
  public record Result(
      String set,
      String language,
      Tally top,
      Tally any,
      int noTrigger,
      Map<PloverType, Tally> perType) {
    public Result {
      perType = Map.copyOf(perType);
    }
  }

  private EventTypeEval() {}

  /**
   * One result per (set, language), in the order the sets first appear, with the shipped trigger
   * ranker choosing the sentence's main trigger.
   */
  public static List<Result> score(List<GoldSentence> gold) {
    return score(gold, TriggerRanker.shipped());
  }

  /**
   * As {@link #score(List)} with the given ranker; without one the main trigger is the first verbal
   * one, else the first.
   */
  public static List<Result> score(List<GoldSentence> gold, Optional<TriggerRanker> ranker) {
    Map<String, List<GoldSentence>> groups = new LinkedHashMap<>();
    for (GoldSentence g : gold) {
      groups.computeIfAbsent(g.set() + "\t" + g.language(), k -> new ArrayList<>()).add(g);
    }
    List<Result> out = new ArrayList<>();
    for (List<GoldSentence> group : groups.values()) {
      out.add(scoreGroup(group, ranker));
    }
    return out;
  }

  /** The type the trigger stage gives a sentence, if any trigger is found. */
  public static Optional<PloverType> predict(String text, String language) {
    return top(TriggerRankerTraining.candidates(text, language), TriggerRanker.shipped());
  }

  private static Optional<PloverType> top(
      List<TriggerCandidate> triggers, Optional<TriggerRanker> ranker) {
    if (triggers.isEmpty()) {
      return Optional.empty();
    }
    int main = ranker.map(r -> r.best(triggers)).orElse(TriggerRanker.defaultMain(triggers));
    return Optional.of(triggers.get(main).lexiconType());
  }

  private static Result scoreGroup(List<GoldSentence> group, Optional<TriggerRanker> ranker) {
    Tally top = new Tally(0, 0);
    Tally any = new Tally(0, 0);
    int none = 0;
    Map<PloverType, Tally> perType = new EnumMap<>(PloverType.class);
    for (GoldSentence g : group) {
      List<TriggerCandidate> hits = TriggerRankerTraining.candidates(g.text(), g.language());
      Optional<PloverType> p = top(hits, ranker);
      boolean right = p.isPresent() && g.types().contains(p.get());
      boolean anyRight = hits.stream().anyMatch(h -> g.types().contains(h.lexiconType()));
      top = top.add(right);
      any = any.add(anyRight);
      none += hits.isEmpty() ? 1 : 0;
      perType.merge(g.types().get(0), new Tally(1, right ? 1 : 0), EventTypeEval::sum);
    }
    GoldSentence first = group.get(0);
    return new Result(first.set(), first.language(), top, any, none, perType);
  }

  private static Tally sum(Tally a, Tally b) {
    return new Tally(a.total() + b.total(), a.correct() + b.correct());
  }
}
