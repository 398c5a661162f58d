package org.rassegna.nlp.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Groups words into classes by the words that precede them, with the predictive exchange algorithm
 * (Uszkoreit and Brants 2008): the classes maximise the likelihood of the class bigram model P(w |
 * v) = P(class(w) | v) P(w | class(w)), and each pass moves every word to the class that raises it
 * most. Words that occur in the same contexts ("Milano", "Torino"; "ministro", "presidente") end in
 * one class, so a weight learnt for one of them also fires for the others.
 *
 * <p>Words are lower-cased; words seen fewer than {@code minCount} times share one class with the
 * unknown word. Deterministic: words are visited by frequency and ties go to the lower class.
 */
final class WordClusterer {
  private static final String UNKNOWN = "<unk>";
  private static final int TABLE = 1 << 20;
  private static final double[] X_LOG_X = xLogX();

  private final int classes;
  private final int minCount;
  private final int passes;
  private final Consumer<String> log;

  WordClusterer(int classes, int minCount, int passes, Consumer<String> log) {
    if (classes < 2) {
      throw new IllegalArgumentException("need at least 2 classes");
    }
    this.classes = classes;
    this.minCount = minCount;
    this.passes = passes;
    this.log = log;
  }

  /** The class of every word seen at least {@code minCount} times in {@code sentences}. */
  Map<String, Integer> cluster(List<List<String>> sentences) {
    List<String> vocabulary = vocabulary(sentences);
    Map<String, Integer> ids = new HashMap<>(vocabulary.size() * 2);
    for (int i = 0; i < vocabulary.size(); i++) {
      ids.put(vocabulary.get(i), i);
    }
    Bigrams bigrams = Bigrams.of(sentences, ids, vocabulary.size());
    int[] classOf = assign(bigrams, vocabulary.size());
    Map<String, Integer> out = new HashMap<>(vocabulary.size() * 2);
    for (int i = 0; i < vocabulary.size(); i++) {
      if (!vocabulary.get(i).equals(UNKNOWN)) {
        out.put(vocabulary.get(i), classOf[i]);
      }
    }
    return out;
  }

  private List<String> vocabulary(List<List<String>> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> sentence : sentences) {
      for (String token : sentence) {
        counts.merge(token.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> words = new ArrayList<>();
    counts.forEach(
        (w, c) -> {
          if (c >= minCount) {
            words.add(w);
          }
        });
    words.sort(
        Comparator.comparing((String w) -> -counts.get(w))
            .thenComparing(Comparator.naturalOrder()));
    words.add(UNKNOWN);
    return words;
  }

  private int[] assign(Bigrams bigrams, int words) {
    int k = classes;
    int[] classOf = new int[words];
    long[] classCount = new long[k];
    int[] counts = new int[bigrams.predecessors() * k];
    for (int w = 0; w < words; w++) {
      classOf[w] = w % k;
      move(bigrams, w, classOf[w], +1, counts, classCount);
    }
    double[] delta = new double[k];
    for (int pass = 1; pass <= passes; pass++) {
      int moved = 0;
      for (int w = 0; w < words; w++) {
        int from = classOf[w];
        move(bigrams, w, from, -1, counts, classCount);
        int to = best(bigrams, w, from, counts, classCount, delta);
        move(bigrams, w, to, +1, counts, classCount);
        if (to != from) {
          classOf[w] = to;
          moved++;
        }
      }
      log.accept("  pass " + pass + ": " + moved + " of " + words + " words moved");
      if (moved * 1000L < words) {
        break;
      }
    }
    return classOf;
  }

  private void move(Bigrams b, int w, int c, int sign, int[] counts, long[] classCount) {
    int[] pred = b.pred[w];
    int[] n = b.count[w];
    for (int j = 0; j < pred.length; j++) {
      counts[pred[j] * classes + c] += sign * n[j];
    }
    classCount[c] += sign * b.total[w];
  }

  private int best(Bigrams b, int w, int from, int[] counts, long[] classCount, double[] delta) {
    long nw = b.total[w];
    for (int c = 0; c < classes; c++) {
      delta[c] = f(classCount[c]) - f(classCount[c] + nw);
    }
    int[] pred = b.pred[w];
    int[] n = b.count[w];
    for (int j = 0; j < pred.length; j++) {
      int base = pred[j] * classes;
      int add = n[j];
      for (int c = 0; c < classes; c++) {
        int x = counts[base + c];
        delta[c] += f(x + add) - f(x);
      }
    }
    int best = from;
    for (int c = 0; c < classes; c++) {
      if (delta[c] > delta[best] + 1e-9) {
        best = c;
      }
    }
    return best;
  }

  private static double f(long x) {
    return x < TABLE ? X_LOG_X[(int) x] : x * Math.log(x);
  }

  private static double[] xLogX() {
    double[] t = new double[TABLE];
    for (int i = 1; i < TABLE; i++) {
      t[i] = i * Math.log(i);
    }
    return t;
  }

  /** For each word, its distinct predecessors (a sentence start is one) and the pair counts. */
  private static final class Bigrams {
    final int[][] pred;
    final int[][] count;
    final long[] total;
    private final int predecessors;

    private Bigrams(int[][] pred, int[][] count, long[] total, int predecessors) {
      this.pred = pred;
      this.count = count;
      this.total = total;
      this.predecessors = predecessors;
    }

    int predecessors() {
      return predecessors;
    }

    static Bigrams of(List<List<String>> sentences, Map<String, Integer> ids, int words) {
      int unknown = ids.get(UNKNOWN);
      int start = words;
      List<Map<Integer, Integer>> pairs = new ArrayList<>(words);
      for (int i = 0; i < words; i++) {
        pairs.add(new HashMap<>());
      }
      for (List<String> sentence : sentences) {
        int previous = start;
        for (String token : sentence) {
          int w = ids.getOrDefault(token.toLowerCase(Locale.ROOT), unknown);
          pairs.get(w).merge(previous, 1, Integer::sum);
          previous = w;
        }
      }
      int[][] pred = new int[words][];
      int[][] count = new int[words][];
      long[] total = new long[words];
      for (int w = 0; w < words; w++) {
        Map<Integer, Integer> p = pairs.get(w);
        int[] keys = p.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        pred[w] = keys;
        count[w] = new int[keys.length];
        for (int j = 0; j < keys.length; j++) {
          count[w][j] = p.get(keys[j]);
          total[w] += count[w][j];
        }
      }
      return new Bigrams(pred, count, total, words + 1);
    }
  }
}
