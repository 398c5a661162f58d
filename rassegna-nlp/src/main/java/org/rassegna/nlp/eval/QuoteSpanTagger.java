package org.rassegna.nlp.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rassegna.nlp.Span;

/**
 * A BIO tagger of quote content: an averaged structured perceptron over {@link QuoteSpanFeatures},
 * decoded by Viterbi with tag transitions, that never puts an inside tag after an outside one. It
 * is the learned model of the cross-validation in {@link QuoteSpanCv}; the NER perceptron is not
 * reused because its trainer computes its own NER features from words, while this one needs
 * features of the whole passage (quote marks, cue distances, the rule finder's output). Immutable
 * once trained.
 */
final class QuoteSpanTagger {
  static final int OUTSIDE = 0;
  static final int BEGIN = 1;
  static final int INSIDE = 2;
  private static final int TAGS = 3;

  /** One passage to learn from: token features and the gold tag of each token. */
  record Example(String[][] features, int[] tags) {}

  private final Map<String, Integer> ids;
  private final float[] weights;
  private final float[] transitions;

  private QuoteSpanTagger(Map<String, Integer> ids, float[] weights, float[] transitions) {
    this.ids = Map.copyOf(ids);
    this.weights = weights;
    this.transitions = transitions;
  }

  /**
   * Learns from {@code examples} in {@code epochs} passes, shuffled by {@code seed} each pass,
   * returning the average of the weights over every step (which keeps the last passes' swings out
   * of the model).
   */
  static QuoteSpanTagger train(List<Example> examples, int epochs, long seed) {
    Map<String, Integer> ids = new HashMap<>();
    for (Example e : examples) {
      for (String[] token : e.features()) {
        for (String f : token) {
          ids.putIfAbsent(f, ids.size());
        }
      }
    }
    Learner learner = new Learner(ids.size());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        learner.step(toIds(examples.get(i).features(), ids), examples.get(i).tags());
      }
    }
    return new QuoteSpanTagger(ids, learner.averaged(learner.w), learner.averaged(learner.t));
  }

  /** The best tag of each token. */
  int[] tag(String[][] features) {
    return decode(emissions(toIds(features, ids), weights), transitions);
  }

  /** Spans of the B/I runs of {@code tags} over {@code tokens}. */
  static List<Span> spans(int[] tags, List<Span> tokens) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= tags.length; i++) {
      boolean inside = i < tags.length && tags[i] == INSIDE;
      if (start >= 0 && !inside) {
        out.add(new Span(tokens.get(start).start(), tokens.get(i - 1).end()));
        start = -1;
      }
      if (i < tags.length && tags[i] == BEGIN) {
        start = i;
      }
    }
    return out;
  }

  /** Gold tags: B on the first token inside each span, I on the rest, O elsewhere. */
  static int[] encode(List<Span> tokens, List<Span> quotes) {
    int[] tags = new int[tokens.size()];
    for (Span q : quotes) {
      boolean first = true;
      for (int i = 0; i < tokens.size(); i++) {
        Span t = tokens.get(i);
        if (t.start() >= q.start() && t.end() <= q.end()) {
          tags[i] = first ? BEGIN : INSIDE;
          first = false;
        }
      }
    }
    return tags;
  }

  private static int[][] toIds(String[][] features, Map<String, Integer> ids) {
    int[][] out = new int[features.length][];
    for (int i = 0; i < features.length; i++) {
      out[i] =
          Arrays.stream(features[i])
              .map(ids::get)
              .filter(id -> id != null)
              .mapToInt(Integer::intValue)
              .toArray();
    }
    return out;
  }

  private static float[][] emissions(int[][] features, float[] w) {
    float[][] out = new float[features.length][TAGS];
    for (int i = 0; i < features.length; i++) {
      for (int f : features[i]) {
        for (int t = 0; t < TAGS; t++) {
          out[i][t] += w[f * TAGS + t];
        }
      }
    }
    return out;
  }

  /** Whether tag {@code next} may follow {@code prev} ({@code TAGS} for the passage start). */
  private static boolean allowed(int prev, int next) {
    return next != INSIDE || prev == BEGIN || prev == INSIDE;
  }

  /** Viterbi over {@code transition[prev * TAGS + next]}, the start as {@code prev == TAGS}. */
  static int[] decode(float[][] emission, float[] transition) {
    int len = emission.length;
    int[] best = new int[len];
    if (len == 0) {
      return best;
    }
    double[][] score = new double[len][TAGS];
    int[][] back = new int[len][TAGS];
    for (int t = 0; t < TAGS; t++) {
      score[0][t] =
          allowed(TAGS, t)
              ? emission[0][t] + transition[TAGS * TAGS + t]
              : Double.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < len; i++) {
      for (int t = 0; t < TAGS; t++) {
        score[i][t] = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < TAGS; p++) {
          double s = score[i - 1][p] + transition[p * TAGS + t];
          if (allowed(p, t) && s > score[i][t]) {
            score[i][t] = s;
            back[i][t] = p;
          }
        }
        score[i][t] += emission[i][t];
      }
    }
    int arg = 0;
    for (int t = 1; t < TAGS; t++) {
      arg = score[len - 1][t] > score[len - 1][arg] ? t : arg;
    }
    for (int i = len - 1; i >= 0; i--) {
      best[i] = arg;
      arg = back[i][arg];
    }
    return best;
  }

  /**
   * The perceptron's state while learning: current weights and, for averaging, the sums of every
   * update times the step it was made at (the average is then {@code w - sum / steps}).
   */
  private static final class Learner {
    final float[] w;
    final float[] t = new float[(TAGS + 1) * TAGS];
    private final double[] wSum;
    private final double[] tSum = new double[(TAGS + 1) * TAGS];
    private int steps = 1;

    Learner(int features) {
      w = new float[features * TAGS];
      wSum = new double[features * TAGS];
    }

    void step(int[][] features, int[] gold) {
      int[] guess = decode(emissions(features, w), t);
      for (int i = 0; i < gold.length; i++) {
        int prevGold = i == 0 ? TAGS : gold[i - 1];
        int prevGuess = i == 0 ? TAGS : guess[i - 1];
        if (gold[i] == guess[i] && prevGold == prevGuess) {
          continue;
        }
        for (int f : features[i]) {
          update(w, wSum, f * TAGS + gold[i], 1);
          update(w, wSum, f * TAGS + guess[i], -1);
        }
        update(t, tSum, prevGold * TAGS + gold[i], 1);
        update(t, tSum, prevGuess * TAGS + guess[i], -1);
      }
      steps++;
    }

    private void update(float[] v, double[] sum, int at, int by) {
      v[at] += by;
      sum[at] += (double) steps * by;
    }

    float[] averaged(float[] v) {
      double[] sum = v == w ? wSum : tSum;
      float[] out = new float[v.length];
      for (int i = 0; i < v.length; i++) {
        out[i] = (float) (v[i] - sum[i] / steps);
      }
      return out;
    }
  }
}
