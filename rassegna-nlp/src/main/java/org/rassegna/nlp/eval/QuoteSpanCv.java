package org.rassegna.nlp.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rassegna.model.Article;
import org.rassegna.nlp.Annotator;
import org.rassegna.nlp.Span;
import org.rassegna.nlp.quote.Quote;

/**
 * Leave-one-set-out cross-validation of a {@link QuoteSpanTagger} on the labelled quote sets: for
 * each set, a tagger learns quote content spans from the other sets and tags this one; each
 * predicted span takes the speaker of the rule quote it overlaps most, else of the nearest rule
 * quote with a speaker, and {@link QuoteEval}'s metric scores it next to the rules' own quotes. It
 * answers whether a learned span model carries to a set it never saw better than the rules, which
 * score far lower on each new blind set than on the sets whose errors were read.
 *
 * <p>The rules were tuned on every one of these sets, so the stacked tagger's rule features are
 * better on a held-out set than they would be on unseen text; the variant without them shows what
 * the learned features alone carry. The rule finder runs once per passage.
 */
public final class QuoteSpanCv {
  /** Passes of the perceptron over the training passages. */
  static final int EPOCHS = 10;

  private static final long SEED = 7;

  /** Scores on one held-out set (or all pooled): the rules, the stacked tagger, the plain one. */
  public record Row(
      String set, QuoteEval.Score rules, QuoteEval.Score stacked, QuoteEval.Score plain) {}

  /** A passage with the rule finder's quotes and the text they index. */
  record Annotated(QuoteEval.Passage passage, String text, List<Quote> rules) {}

  /** The passages of the other sets (train) and of one set (test). */
  record Fold<T>(String name, List<T> train, List<T> test) {}

  private final Annotator annotator;

  public QuoteSpanCv(Annotator annotator) {
    this.annotator = annotator;
  }

  /** One row per set held out, in the order given, then the pooled row {@code all}. */
  public List<Row> run(List<Path> sets) throws IOException {
    List<String> names = new ArrayList<>();
    List<List<Annotated>> data = new ArrayList<>();
    for (Path set : sets) {
      names.add(set.getFileName().toString());
      List<Annotated> passages = new ArrayList<>();
      for (QuoteEval.Passage p : QuoteEval.read(set)) {
        passages.add(annotate(p));
      }
      data.add(passages);
    }
    List<Row> rows = new ArrayList<>();
    for (Fold<Annotated> fold : folds(names, data)) {
      rows.add(score(fold));
    }
    rows.add(pooled(rows));
    return rows;
  }

  /** Leave-one-out folds: each set once the test, the others together the training data. */
  static <T> List<Fold<T>> folds(List<String> names, List<List<T>> sets) {
    List<Fold<T>> out = new ArrayList<>();
    for (int held = 0; held < sets.size(); held++) {
      List<T> train = new ArrayList<>();
      for (int s = 0; s < sets.size(); s++) {
        if (s != held) {
          train.addAll(sets.get(s));
        }
      }
      out.add(new Fold<>(names.get(held), train, sets.get(held)));
    }
    return out;
  }

  private Annotated annotate(QuoteEval.Passage p) {
    Article a = QuoteEval.article(p);
    return new Annotated(p, a.text(), annotator.annotate(a).quotes());
  }

  private static Row score(Fold<Annotated> fold) {
    QuoteSpanTagger stacked = train(fold.train(), true);
    QuoteSpanTagger plain = train(fold.train(), false);
    QuoteEval.Score rules = empty();
    QuoteEval.Score withRules = empty();
    QuoteEval.Score without = empty();
    for (Annotated a : fold.test()) {
      List<QuoteEval.Prediction> ruled = new ArrayList<>();
      for (Quote q : a.rules()) {
        ruled.add(
            new QuoteEval.Prediction(
                q.start(), q.end(), QuoteEval.speakerNames(a.text(), q.speaker())));
      }
      rules = rules.plus(QuoteEval.tally(a.passage(), ruled, line -> {}));
      withRules = withRules.plus(QuoteEval.tally(a.passage(), predict(stacked, a, true), x -> {}));
      without = without.plus(QuoteEval.tally(a.passage(), predict(plain, a, false), x -> {}));
    }
    return new Row(fold.name(), rules, withRules, without);
  }

  private static QuoteSpanTagger train(List<Annotated> passages, boolean stacked) {
    List<QuoteSpanTagger.Example> examples = new ArrayList<>();
    for (Annotated a : passages) {
      List<Span> tokens = QuoteSpanFeatures.tokens(a.text());
      List<Span> gold =
          a.passage().quotes().stream().map(g -> new Span(g.start(), g.end())).toList();
      examples.add(
          new QuoteSpanTagger.Example(
              features(a, tokens, stacked), QuoteSpanTagger.encode(tokens, gold)));
    }
    return QuoteSpanTagger.train(examples, EPOCHS, SEED);
  }

  private static String[][] features(Annotated a, List<Span> tokens, boolean stacked) {
    return QuoteSpanFeatures.of(a.text(), tokens, a.passage().language(), a.rules(), stacked);
  }

  private static List<QuoteEval.Prediction> predict(
      QuoteSpanTagger tagger, Annotated a, boolean stacked) {
    List<Span> tokens = QuoteSpanFeatures.tokens(a.text());
    List<QuoteEval.Prediction> out = new ArrayList<>();
    for (Span s : QuoteSpanTagger.spans(tagger.tag(features(a, tokens, stacked)), tokens)) {
      out.add(new QuoteEval.Prediction(s.start(), s.end(), speakerOf(s, a)));
    }
    return out;
  }

  /**
   * The names of the speaker of the rule quote that overlaps {@code span} most, else of the rule
   * quote with a speaker nearest to it; none when the rules found no speaker in the passage.
   */
  static List<String> speakerOf(Span span, Annotated a) {
    Optional<Quote> best = Optional.empty();
    long bestKey = Long.MIN_VALUE;
    for (Quote q : a.rules()) {
      if (q.speaker().isEmpty()) {
        continue;
      }
      int overlap = Math.min(span.end(), q.end()) - Math.max(span.start(), q.start());
      long key = overlap > 0 ? overlap : (long) overlap - 1;
      if (key > bestKey) {
        bestKey = key;
        best = Optional.of(q);
      }
    }
    return best.map(q -> QuoteEval.speakerNames(a.text(), q.speaker())).orElse(List.of());
  }

  private static QuoteEval.Score empty() {
    return new QuoteEval.Score("all", 0, 0, 0, 0);
  }

  private static Row pooled(List<Row> rows) {
    QuoteEval.Score rules = empty();
    QuoteEval.Score stacked = empty();
    QuoteEval.Score plain = empty();
    for (Row r : rows) {
      rules = rules.plus(r.rules());
      stacked = stacked.plus(r.stacked());
      plain = plain.plus(r.plain());
    }
    return new Row("all", rules, stacked, plain);
  }
}
