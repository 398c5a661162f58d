package org.rassegna.nlp.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Learns a {@link TriggerRanker} with the averaged perceptron (Collins 2002) as a ranker: for each
 * gold sentence, when the best-ranked trigger's type is not among the gold types but another
 * trigger's is, weight moves from the features of the wrong choice to those of the best-ranked
 * right one. Sentences where no trigger has a gold type teach nothing. Weights are averaged over
 * all steps; features whose averaged weights are all tiny are dropped. Deterministic for a given
 * example order and seed.
 */
public final class TriggerRankerTrainer {
  private static final double PRUNE = 1e-3;
  private static final int TYPES = PloverType.values().length;

  /**
   * One gold sentence: its triggers in text order and the types of its events.
   *
   * @param triggers not empty
   */
  public record Example(List<TriggerCandidate> triggers, List<PloverType> gold) {
    public Example {
      triggers = List.copyOf(triggers);
      gold = List.copyOf(gold);
      if (triggers.isEmpty()) {
        throw new IllegalArgumentException("example without triggers");
      }
    }

    boolean right(int i) {
      return gold.contains(triggers.get(i).lexiconType());
    }
  }

  private final int epochs;
  private final long seed;

  public TriggerRankerTrainer(int epochs, long seed) {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1");
    }
    this.epochs = epochs;
    this.seed = seed;
  }

  public TriggerRanker train(List<Example> examples) {
    Map<String, double[]> w = new HashMap<>();
    Map<String, double[]> u = new HashMap<>();
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(seed);
    int step = 1;
    for (int e = 0; e < epochs; e++) {
      Collections.shuffle(order, random);
      for (Example x : order) {
        learn(w, u, x, step);
        step++;
      }
    }
    return new TriggerRanker(averaged(w, u, step));
  }

  private static void learn(Map<String, double[]> w, Map<String, double[]> u, Example x, int step) {
    List<TriggerCandidate> t = x.triggers();
    int chosen = TriggerRanker.best(w, t);
    if (x.right(chosen)) {
      return;
    }
    int main = TriggerRanker.defaultMain(t);
    int good = -1;
    for (int i = 0; i < t.size(); i++) {
      boolean better =
          good < 0 || TriggerRanker.score(w, t, i, main) > TriggerRanker.score(w, t, good, main);
      if (x.right(i) && better) {
        good = i;
      }
    }
    if (good < 0) {
      return;
    }
    for (String f : TriggerRanker.features(t, good, main)) {
      add(w, u, f, t.get(good).lexiconType(), 1, step);
    }
    for (String f : TriggerRanker.features(t, chosen, main)) {
      add(w, u, f, t.get(chosen).lexiconType(), -1, step);
    }
  }

  private static void add(
      Map<String, double[]> w, Map<String, double[]> u, String f, PloverType t, int d, int step) {
    Objects.requireNonNull(f, "feature");
    w.computeIfAbsent(f, k -> new double[TYPES])[t.ordinal()] += d;
    u.computeIfAbsent(f, k -> new double[TYPES])[t.ordinal()] += (double) d * step;
  }

  private static Map<String, double[]> averaged(
      Map<String, double[]> w, Map<String, double[]> u, int steps) {
    Map<String, double[]> out = new HashMap<>();
    for (Map.Entry<String, double[]> e : w.entrySet()) {
      double[] uw = u.get(e.getKey());
      double[] avg = new double[TYPES];
      boolean kept = false;
      for (int t = 0; t < TYPES; t++) {
        avg[t] = e.getValue()[t] - uw[t] / steps;
        kept |= Math.abs(avg[t]) >= PRUNE;
      }
      if (kept) {
        out.put(e.getKey(), avg);
      }
    }
    return out;
  }
}
