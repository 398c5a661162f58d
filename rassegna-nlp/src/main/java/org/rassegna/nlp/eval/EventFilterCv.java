package org.rassegna.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.rassegna.nlp.AnnotatedArticle;
import org.rassegna.nlp.Annotator;
import org.rassegna.nlp.event.PoliticalEvent;

/**
 * Cross-validation of an {@link EventFilter} on labelled passage sets pooled: the passages are
 * shuffled by a seed and dealt into folds; for each fold a filter learns from the coder's events on
 * the other folds (an event is right when the passage's gold has its type and source country) and
 * filters the coder's events on the fold, with a probability threshold chosen by an inner
 * cross-validation of the training folds, which {@link EventSetEval}'s metric then scores against
 * the same passages unfiltered. It answers whether a trained filter raises event F1 on passages it
 * did not learn from; the coder runs once per passage.
 */
public final class EventFilterCv {
  /** Epochs of the filter's gradient descent. */
  static final int EPOCHS = 20;

  /** Inner folds of the training passages that choose the threshold. */
  static final int INNER_FOLDS = 3;

  /** The thresholds tried; 0 keeps every event, so the inner folds may choose no filtering. */
  private static final double[] GRID = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};

  /**
   * Scores of one fold (or of all folds pooled, threshold NaN) without and with the filter, and the
   * threshold the fold's inner cross-validation chose.
   */
  public record Fold(
      String name, double threshold, EventSetEval.Result plain, EventSetEval.Result filtered) {}

  private final Annotator annotator;

  public EventFilterCv(Annotator annotator) {
    this.annotator = annotator;
  }

  /**
   * Runs {@code folds}-fold cross-validation; the last row pools every fold.
   *
   * @param fixed a threshold to use in every fold instead of the inner cross-validation's choice,
   *     to see the whole trade-off between dropping false events and losing right ones
   */
  public List<Fold> run(List<Path> sets, int folds, long seed, OptionalDouble fixed)
      throws IOException {
    List<JsonNode> passages = new ArrayList<>();
    for (Path set : sets) {
      passages.addAll(EventSetEval.read(set));
    }
    Map<JsonNode, AnnotatedArticle> coded = new IdentityHashMap<>();
    for (JsonNode p : passages) {
      coded.put(p, annotator.annotate(EventSetEval.article(p)));
    }
    List<JsonNode> shuffled = new ArrayList<>(passages);
    Collections.shuffle(shuffled, new Random(seed));
    Map<JsonNode, List<PoliticalEvent>> kept = new IdentityHashMap<>();
    List<Fold> out = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      List<JsonNode> test = part(shuffled, folds, k, true);
      List<JsonNode> train = part(shuffled, folds, k, false);
      double threshold =
          fixed.isPresent() ? fixed.getAsDouble() : threshold(train, coded, seed + k);
      EventFilter filter = EventFilter.train(examples(train, coded), EPOCHS, seed + k);
      for (JsonNode p : test) {
        kept.put(p, filter.filter(coded.get(p), threshold));
      }
      out.add(fold("fold " + (k + 1), threshold, test, coded, kept));
    }
    out.add(fold("pooled", Double.NaN, shuffled, coded, kept));
    return out;
  }

  /** The passages of fold {@code k} (or all the others): every {@code folds}-th one. */
  private static List<JsonNode> part(List<JsonNode> passages, int folds, int k, boolean inside) {
    List<JsonNode> out = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      if ((i % folds == k) == inside) {
        out.add(passages.get(i));
      }
    }
    return out;
  }

  /**
   * The threshold of the grid with the best strict F1 under an inner cross-validation of the
   * training passages only, so the outer fold never sees its own threshold's choice; ties go to the
   * lower threshold (the filter dropping less).
   */
  private static double threshold(
      List<JsonNode> train, Map<JsonNode, AnnotatedArticle> coded, long seed) {
    Map<JsonNode, EventFilter> model = new IdentityHashMap<>();
    for (int k = 0; k < INNER_FOLDS; k++) {
      EventFilter f =
          EventFilter.train(
              examples(part(train, INNER_FOLDS, k, false), coded), EPOCHS, seed * 31 + k);
      for (JsonNode p : part(train, INNER_FOLDS, k, true)) {
        model.put(p, f);
      }
    }
    double best = GRID[0];
    double bestF1 = -1;
    for (double t : GRID) {
      double f1 =
          all(EventSetEval.scoreEvents(train, p -> model.get(p).filter(coded.get(p), t))).f1();
      if (f1 > bestF1) {
        best = t;
        bestF1 = f1;
      }
    }
    return best;
  }

  /** The all-languages row of a result. */
  public static EventSetEval.Counts all(EventSetEval.Result r) {
    return r.byLanguage().get(r.byLanguage().size() - 1);
  }

  private static Fold fold(
      String name,
      double threshold,
      List<JsonNode> passages,
      Map<JsonNode, AnnotatedArticle> coded,
      Map<JsonNode, List<PoliticalEvent>> kept) {
    return new Fold(
        name,
        threshold,
        EventSetEval.scoreEvents(passages, p -> coded.get(p).events()),
        EventSetEval.scoreEvents(passages, kept::get));
  }

  private static List<EventFilter.Example> examples(
      List<JsonNode> passages, Map<JsonNode, AnnotatedArticle> coded) {
    List<EventFilter.Example> out = new ArrayList<>();
    for (JsonNode p : passages) {
      examples(p, coded.get(p), out);
    }
    return out;
  }

  /** Non-negated events only: the metric leaves negated ones out, so they teach nothing. */
  private static void examples(
      JsonNode passage, AnnotatedArticle article, List<EventFilter.Example> out) {
    for (PoliticalEvent e : article.events()) {
      if (!e.negated()) {
        out.add(new EventFilter.Example(article, e, EventSetEval.goldHasTypeAndSource(passage, e)));
      }
    }
  }
}
