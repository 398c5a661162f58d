package org.rassegna.nlp.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far two people's labels of the same quote passages agree, by the metric {@link QuoteEval}
 * scores the finder with: the second labelling plays the finder's part, so the figure is the score
 * a perfect copy of the second annotator would get against the first. It tells what a finder's F1
 * on the set can mean: where two careful readers agree on 0.8 of the quotes, 0.8 is near the top.
 *
 * <p>A quote the second labelling gives no speaker ({@code -}) counts as a quote without a speaker,
 * so it can match the first labelling's quote for the span but never be correct.
 */
public final class QuoteAgreement {
  private QuoteAgreement() {}

  /**
   * One score per language, then {@code all}, of {@code second} against {@code first}. Both files
   * must hold the same passages (by id, with the same text).
   */
  public static List<QuoteEval.Score> of(Path first, Path second) throws IOException {
    Map<String, QuoteEval.Passage> others = new HashMap<>();
    for (QuoteEval.Passage p : QuoteEval.read(second)) {
      others.put(p.id(), p);
    }
    Map<String, QuoteEval.Score> by = new TreeMap<>();
    for (QuoteEval.Passage p : QuoteEval.read(first)) {
      QuoteEval.Passage other = others.remove(p.id());
      if (other == null || !other.text().equals(p.text())) {
        throw new IOException(
            "passage " + p.id() + " is missing from " + second + " or has another text there");
      }
      by.merge(p.language(), score(p, other), QuoteEval.Score::plus);
    }
    if (!others.isEmpty()) {
      throw new IOException(second + " has passages " + first + " lacks: " + others.keySet());
    }
    List<QuoteEval.Score> out = new ArrayList<>(by.values());
    QuoteEval.Score all = new QuoteEval.Score("all", 0, 0, 0, 0);
    for (QuoteEval.Score s : by.values()) {
      all = all.plus(s);
    }
    out.add(all);
    return out;
  }

  private static QuoteEval.Score score(QuoteEval.Passage first, QuoteEval.Passage second) {
    List<QuoteEval.Prediction> labels = new ArrayList<>();
    for (QuoteEval.Gold q : second.quotes()) {
      labels.add(
          new QuoteEval.Prediction(q.start(), q.end(), q.named() ? q.speakers() : List.of()));
    }
    labels.sort(Comparator.comparingInt(QuoteEval.Prediction::start));
    return QuoteEval.tally(first, labels, line -> {});
  }
}
