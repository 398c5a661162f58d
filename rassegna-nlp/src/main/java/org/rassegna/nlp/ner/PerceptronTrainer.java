package org.rassegna.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.rassegna.nlp.EntityType;

/**
 * Trains a {@link PerceptronModel}: an averaged structured perceptron (Collins 2002) over BILOU
 * tags, decoded with {@link Viterbi} during training as at run time. Features seen fewer than
 * {@code cutoff} times are dropped before training, and averaged weights smaller than {@code
 * minWeight} after it, which is what keeps the shipped models small.
 *
 * <p>Each corpus is read as one document in sentence order, so a word sees its other occurrences
 * nearby ({@link DocumentContext}), as it does in an article at run time.
 *
 * <p>Deterministic for a given seed: the only randomness is the shuffled sentence order per epoch.
 */
public final class PerceptronTrainer {

  /**
   * Training settings. {@code folds} above 1 trains a stacked model ({@link StackedTrainer}) whose
   * first-pass labels for training come from that many cross-validation folds; 0 or 1 trains one
   * pass. {@code wordClasses} adds the features of {@link WordClusters} learnt from the training
   * text.
   */
  public record Options(
      int iterations, int cutoff, float minWeight, long seed, int folds, boolean wordClasses) {
    public Options {
      if (iterations < 1 || cutoff < 1 || minWeight < 0 || folds < 0) {
        throw new IllegalArgumentException(
            "iterations and cutoff must be >= 1, minWeight and folds >= 0");
      }
    }

    /** One-pass settings without word classes. */
    public Options(int iterations, int cutoff, float minWeight, long seed) {
      this(iterations, cutoff, minWeight, seed, 0, false);
    }

    /** The settings the shipped models were trained with. */
    public static Options defaults() {
      return new Options(12, 2, 0.05f, 42, 4, false);
    }

    /** These settings for one pass. */
    Options onePass() {
      return new Options(iterations, cutoff, minWeight, seed, 0, wordClasses);
    }
  }

  /** A first-pass model and its labels of every training sentence, per corpus. */
  record FirstPass(PerceptronModel model, List<List<List<TokenSpan>>> labels) {}

  private final BilouTags tags;
  private final Options options;
  private final Consumer<String> log;
  private final int n;
  private float[] weights;
  private double[] weightSums;
  private final float[] transitions;
  private final double[] transitionSums;
  private long step = 1;
  private Optional<PerceptronModel> firstPass = Optional.empty();

  public PerceptronTrainer(BilouTags tags, Options options, Consumer<String> log) {
    this.tags = tags;
    this.options = options;
    this.log = log;
    this.n = tags.size();
    this.transitions = new float[(n + 1) * n];
    this.transitionSums = new double[(n + 1) * n];
  }

  /** Sentences of one domain (the kind of text: news, encyclopedia, ...). */
  public record Corpus(String domain, List<LabeledSentence> sentences) {
    public Corpus {
      sentences = List.copyOf(sentences);
    }
  }

  /** Trains on sentences of one domain; see {@link #train(String, List, List, Optional)}. */
  public PerceptronModel train(
      String language, List<LabeledSentence> data, List<LabeledSentence> lexicon) {
    return train(language, List.of(new Corpus("", data)), lexicon, Optional.empty());
  }

  /**
   * Trains on {@code corpora} and returns the averaged, pruned model. The entities of {@code
   * lexicon} (other corpora) and of the training data make up the model's gazetteer.
   *
   * <p>With more than one domain every feature is learnt twice, once shared and once for the
   * sentence's domain only (Daume III 2007, "Frustratingly easy domain adaptation"): conventions
   * the domains share go to the shared weights, those where they disagree (silver encyclopedia data
   * against gold news) to the domain's own, so one corpus does not blur the other's labels.
   *
   * <p>With a {@code dev} corpus the averaged model is scored on it after every epoch and the best
   * epoch's model is returned (early stopping).
   */
  public PerceptronModel train(
      String language, List<Corpus> corpora, List<LabeledSentence> lexicon, Optional<Corpus> dev) {
    return train(language, corpora, lexicon, dev, PlaceNames.NONE);
  }

  /**
   * Like {@link #train(String, List, List, Optional)}, with {@code places} as a list of known place
   * names the model keeps.
   */
  public PerceptronModel train(
      String language,
      List<Corpus> corpora,
      List<LabeledSentence> lexicon,
      Optional<Corpus> dev,
      PlaceNames places) {
    WordClusters classes =
        options.wordClasses()
            ? WordClusters.learn(corpora.stream().flatMap(c -> tokens(c).stream()).toList(), log)
            : WordClusters.NONE;
    LexicalResources words = new LexicalResources(Gazetteer.EMPTY, classes, places);
    if (options.folds() > 1) {
      return new StackedTrainer(tags, options, log).train(language, corpora, lexicon, dev, words);
    }
    return train(language, corpora, lexicon, dev, Optional.empty(), words);
  }

  /**
   * Like {@link #train(String, List, List, Optional)}; with a {@code first} pass the sentences also
   * get {@link StackedFeatures} from its labels, and the model returned is stacked on it. {@code
   * words} holds the word classes and place names (its gazetteer is replaced by the training
   * names), made once for all passes.
   */
  PerceptronModel train(
      String language,
      List<Corpus> corpora,
      List<LabeledSentence> lexicon,
      Optional<Corpus> dev,
      Optional<FirstPass> first,
      LexicalResources words) {
    firstPass = first.map(FirstPass::model);
    List<LabeledSentence> data = new ArrayList<>();
    List<String> sentenceDomains = new ArrayList<>();
    List<DocumentContext> documents = new ArrayList<>();
    List<Optional<StackedFeatures>> stacks = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int c = 0; c < corpora.size(); c++) {
      Corpus corpus = corpora.get(c);
      data.addAll(corpus.sentences());
      DocumentContext document = new DocumentContext(tokens(corpus));
      Optional<StackedFeatures> stack = stacked(corpus, first, c);
      for (int s = 0; s < corpus.sentences().size(); s++) {
        sentenceDomains.add(corpus.domain());
        documents.add(document);
        stacks.add(stack);
        positions.add(s);
      }
    }
    List<String> domains = corpora.stream().map(Corpus::domain).distinct().toList();
    List<String> modelDomains = domains.size() > 1 ? domains : List.of();
    Gazetteer.Builder shared = new Gazetteer.Builder();
    lexicon.forEach(shared::addEntities);
    Gazetteer.Builder[] folds = {new Gazetteer.Builder(), new Gazetteer.Builder()};
    for (int i = 0; i < data.size(); i++) {
      folds[i % 2].addEntities(data.get(i));
    }
    LexicalResources[] heldOut = heldOut(shared, folds, words);
    IntFunction<String[][]> featuresOf =
        i -> {
          String[][] base = NerFeatures.of(documents.get(i), positions.get(i), heldOut[i % 2]);
          String[][] f =
              stacks.get(i).isEmpty() ? base : stacks.get(i).get().append(positions.get(i), base);
          return modelDomains.isEmpty() ? f : withDomain(f, sentenceDomains.get(i));
        };
    Map<String, Integer> ids = featureIds(data.size(), featuresOf);
    List<int[][]> features = new ArrayList<>(data.size());
    List<int[]> gold = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      features.add(toIds(featuresOf.apply(i), ids));
      gold.add(tags.encode(data.get(i).tokens().size(), data.get(i).entities()));
    }
    LexicalResources full = words.withNames(shared.addAll(folds[0]).addAll(folds[1]).build());
    weights = new float[ids.size() * n];
    weightSums = new double[ids.size() * n];
    return epochs(language, modelDomains, full, ids, features, gold, dev);
  }

  private static Optional<StackedFeatures> stacked(
      Corpus corpus, Optional<FirstPass> first, int c) {
    return first.map(f -> new StackedFeatures(tokens(corpus), f.labels().get(c)));
  }

  /** Names each fold's sentences see: the lexicon plus the names of the other fold. */
  private static LexicalResources[] heldOut(
      Gazetteer.Builder shared, Gazetteer.Builder[] folds, LexicalResources words) {
    return new LexicalResources[] {
      words.withNames(new Gazetteer.Builder().addAll(shared).addAll(folds[1]).build()),
      words.withNames(new Gazetteer.Builder().addAll(shared).addAll(folds[0]).build())
    };
  }

  private PerceptronModel epochs(
      String language,
      List<String> domains,
      LexicalResources lexical,
      Map<String, Integer> ids,
      List<int[][]> features,
      List<int[]> gold,
      Optional<Corpus> dev) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      order.add(i);
    }
    Random random = new Random(options.seed());
    PerceptronModel best = null;
    double bestF1 = -1;
    for (int epoch = 1; epoch <= options.iterations(); epoch++) {
      Collections.shuffle(order, random);
      long wrong = 0;
      long total = 0;
      for (int i : order) {
        wrong += learn(features.get(i), gold.get(i));
        total += gold.get(i).length;
        step++;
      }
      String line =
          String.format(
              Locale.ROOT,
              "epoch %d: %d features, token error %.4f",
              epoch,
              ids.size(),
              wrong / (double) total);
      if (dev.isPresent()) {
        PerceptronModel model = average(language, domains, lexical, ids);
        double f1 = f1(model, dev.get());
        line += String.format(Locale.ROOT, ", dev F1 %.4f", f1);
        if (f1 > bestF1) {
          bestF1 = f1;
          best = model;
        }
      }
      log.accept(line);
    }
    return best != null ? best : average(language, domains, lexical, ids);
  }

  static List<List<String>> tokens(Corpus corpus) {
    return corpus.sentences().stream().map(LabeledSentence::tokens).toList();
  }

  private static double f1(PerceptronModel model, Corpus dev) {
    NerScores scores = new NerScores();
    List<List<TokenSpan>> predicted = model.tagDocument(tokens(dev), dev.domain());
    for (int s = 0; s < predicted.size(); s++) {
      scores.add(dev.sentences().get(s).entities(), predicted.get(s));
    }
    return scores
        .micro(EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION))
        .f1();
  }

  private static String[][] withDomain(String[][] features, String domain) {
    String[][] out = new String[features.length][];
    for (int i = 0; i < features.length; i++) {
      String[] f = features[i];
      out[i] = Arrays.copyOf(f, f.length * 2);
      for (int k = 0; k < f.length; k++) {
        out[i][f.length + k] = PerceptronModel.domainFeature(domain, f[k]);
      }
    }
    return out;
  }

  /** Ids of the features of sentences {@code 0..count-1} seen at least {@code cutoff} times. */
  private Map<String, Integer> featureIds(int count, IntFunction<String[][]> featuresOf) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < count; i++) {
      for (String[] token : featuresOf.apply(i)) {
        for (String f : token) {
          counts.merge(f, 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> ids = new HashMap<>();
    counts.forEach(
        (f, c) -> {
          if (c >= options.cutoff()) {
            ids.put(f, ids.size());
          }
        });
    return ids;
  }

  private static int[][] toIds(String[][] features, Map<String, Integer> ids) {
    int[][] out = new int[features.length][];
    for (int i = 0; i < features.length; i++) {
      int[] buf = new int[features[i].length];
      int k = 0;
      for (String f : features[i]) {
        Integer id = ids.get(f);
        if (id != null) {
          buf[k++] = id;
        }
      }
      out[i] = Arrays.copyOf(buf, k);
    }
    return out;
  }

  /** One perceptron step on a sentence; returns the number of wrongly tagged tokens. */
  private int learn(int[][] features, int[] gold) {
    float[][] emission = new float[features.length][n];
    for (int i = 0; i < features.length; i++) {
      for (int f : features[i]) {
        int base = f * n;
        for (int t = 0; t < n; t++) {
          emission[i][t] += weights[base + t];
        }
      }
    }
    int[] predicted = Viterbi.decode(emission, transitions, tags);
    int wrong = 0;
    for (int i = 0; i < gold.length; i++) {
      int prevGold = i == 0 ? n : gold[i - 1];
      int prevPredicted = i == 0 ? n : predicted[i - 1];
      if (predicted[i] != gold[i]) {
        wrong++;
        for (int f : features[i]) {
          bump(weights, weightSums, f * n + gold[i], 1);
          bump(weights, weightSums, f * n + predicted[i], -1);
        }
      }
      if (predicted[i] != gold[i] || prevGold != prevPredicted) {
        bump(transitions, transitionSums, prevGold * n + gold[i], 1);
        bump(transitions, transitionSums, prevPredicted * n + predicted[i], -1);
      }
    }
    return wrong;
  }

  private void bump(float[] w, double[] sums, int at, float delta) {
    w[at] += delta;
    sums[at] += step * delta;
  }

  private PerceptronModel average(
      String language, List<String> domains, LexicalResources lexical, Map<String, Integer> ids) {
    float[] avgTransitions = new float[transitions.length];
    for (int i = 0; i < transitions.length; i++) {
      avgTransitions[i] = (float) (transitions[i] - transitionSums[i] / step);
    }
    List<Long> hashes = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    offsets.add(0);
    WeightBuffer buffer = new WeightBuffer();
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      int base = e.getValue() * n;
      int before = buffer.size();
      for (int t = 0; t < n; t++) {
        float w = (float) (weights[base + t] - weightSums[base + t] / step);
        if (Math.abs(w) >= options.minWeight()) {
          buffer.add(t, w);
        }
      }
      if (buffer.size() > before) {
        hashes.add(FeatureIndex.hash(e.getKey()));
        offsets.add(buffer.size());
      }
    }
    PerceptronModel model =
        new PerceptronModel(
            language,
            domains,
            tags,
            lexical,
            avgTransitions,
            hashes.stream().mapToLong(Long::longValue).toArray(),
            offsets.stream().mapToInt(Integer::intValue).toArray(),
            buffer.tagIds(),
            buffer.weights());
    return firstPass.map(model::stackedOn).orElse(model);
  }
}
