package org.rassegna.nlp.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear ranker of a sentence's triggers: which of them names the sentence's main event. Scores
 * are sums of weights per {@link RankFeatures} feature and the trigger's lexicon type, learnt by
 * {@link TriggerRankerTrainer} (averaged perceptron) on event-coded gold sentences. It neither adds
 * triggers nor changes their types: retyping a trigger from its context overfitted the gold
 * sentences (4-fold cross-validation 0.540 → 0.519), choosing among the lexicon's triggers did not.
 *
 * <p>Ties go to the sentence's default main trigger (the first verbal one, else the first), so a
 * sentence whose features the ranker does not know keeps the rule-based order. Immutable and
 * thread-safe. The shipped ranker is read once from {@value #RESOURCE} (gzipped text: a feature,
 * then its sixteen weights in {@link PloverType} order, tab-separated); {@code rassegna train
 * events} rebuilds it.
 */
public final class TriggerRanker {
  static final String RESOURCE = "trigger-ranker.tsv.gz";

  private static final PloverType[] TYPES = PloverType.values();

  private final Map<String, double[]> weights;

  TriggerRanker(Map<String, double[]> weights) {
    this.weights = Map.copyOf(weights);
  }

  private static final class Shipped {
    static final Optional<TriggerRanker> RANKER = load();

    private static Optional<TriggerRanker> load() {
      try (InputStream in = TriggerRanker.class.getResourceAsStream(RESOURCE)) {
        return in == null ? Optional.empty() : Optional.of(read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the trigger ranker", e);
      }
    }
  }

  /** The ranker shipped in this jar, if the build holds one. */
  public static Optional<TriggerRanker> shipped() {
    return Shipped.RANKER;
  }

  /** How many features carry weights. */
  public int size() {
    return weights.size();
  }

  /** Index of the sentence's default main trigger: the first verbal one, else the first. */
  public static int defaultMain(List<TriggerCandidate> triggers) {
    for (int i = 0; i < triggers.size(); i++) {
      if (!triggers.get(i).hit().nominal()) {
        return i;
      }
    }
    return 0;
  }

  /** Index of the best-ranked trigger; {@code triggers} must not be empty. */
  public int best(List<TriggerCandidate> triggers) {
    return best(weights, triggers);
  }

  /** The triggers' indexes, best-ranked first; equal scores keep text order. */
  public List<Integer> order(List<TriggerCandidate> triggers) {
    int main = defaultMain(triggers);
    double[] score = new double[triggers.size()];
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < triggers.size(); i++) {
      score[i] = score(weights, triggers, i, main);
      idx.add(i);
    }
    idx.sort((a, b) -> Double.compare(score[b], score[a]));
    return idx;
  }

  static int best(Map<String, double[]> weights, List<TriggerCandidate> triggers) {
    int main = defaultMain(triggers);
    int best = main;
    double top = score(weights, triggers, main, main);
    for (int i = 0; i < triggers.size(); i++) {
      double s = score(weights, triggers, i, main);
      if (s > top) {
        top = s;
        best = i;
      }
    }
    return best;
  }

  static List<String> features(List<TriggerCandidate> triggers, int i, int main) {
    List<String> f = new ArrayList<>(triggers.get(i).features());
    f.addAll(RankFeatures.place(triggers, i, main));
    return f;
  }

  static double score(
      Map<String, double[]> weights, List<TriggerCandidate> triggers, int i, int main) {
    int t = triggers.get(i).lexiconType().ordinal();
    double s = 0;
    for (String f : features(triggers, i, main)) {
      double[] w = weights.get(f);
      s += w == null ? 0 : w[t];
    }
    return s;
  }

  /** Reads a ranker written by {@link #write}. */
  public static TriggerRanker read(InputStream gzipped) throws IOException {
    Map<String, double[]> w = new HashMap<>();
    BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String[] cols = line.split("\t");
      if (cols.length != TYPES.length + 1) {
        throw new IOException("bad trigger ranker line: " + line);
      }
      double[] v = new double[TYPES.length];
      for (int t = 0; t < TYPES.length; t++) {
        v[t] = Double.parseDouble(cols[t + 1]);
      }
      w.put(cols[0], v);
    }
    return new TriggerRanker(w);
  }

  /** Writes the ranker gzipped, features sorted so that a retraining gives the same bytes. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    Writer wr = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
    for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
      StringBuilder sb = new StringBuilder(e.getKey());
      for (double v : e.getValue()) {
        sb.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
      }
      wr.write(sb.append('\n').toString());
    }
    wr.flush();
    gz.finish();
  }
}
