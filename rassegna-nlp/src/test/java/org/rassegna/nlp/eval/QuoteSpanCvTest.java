package org.rassegna.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.Span;

/** The leave-one-set-out splitting and the tagger's span encoding. */
class QuoteSpanCvTest {
  @Test
  void each_set_is_held_out_once_and_trained_on_by_every_other_fold() {
    List<QuoteSpanCv.Fold<String>> folds =
        QuoteSpanCv.folds(
            List.of("a", "b", "c"), List.of(List.of("a1", "a2"), List.of("b1"), List.of("c1")));
    assertThat(folds).extracting(QuoteSpanCv.Fold::name).containsExactly("a", "b", "c");
    assertThat(folds.get(0).test()).containsExactly("a1", "a2");
    assertThat(folds.get(0).train()).containsExactly("b1", "c1");
    assertThat(folds.get(1).train()).containsExactly("a1", "a2", "c1");
    for (QuoteSpanCv.Fold<String> f : folds) {
      assertThat(f.train()).doesNotContainAnyElementsOf(f.test());
    }
  }

  @Test
  void gold_spans_encode_to_bio_and_decode_back() {
    List<Span> tokens =
        List.of(
            new Span(0, 1), new Span(1, 6), new Span(7, 13), new Span(13, 14), new Span(15, 17));
    List<Span> quotes = List.of(new Span(1, 13), new Span(15, 17));
    int[] tags = QuoteSpanTagger.encode(tokens, quotes);
    assertThat(tags).containsExactly(0, 1, 2, 0, 1);
    assertThat(QuoteSpanTagger.spans(tags, tokens)).isEqualTo(quotes);
  }

  @Test
  void tagger_learns_to_tag_words_inside_marks() {
    String text = "«Siamo pronti», ha detto Rossi.";
    List<Span> tokens = QuoteSpanFeatures.tokens(text);
    String[][] f = QuoteSpanFeatures.of(text, tokens, "it", List.of(), false);
    int[] gold = QuoteSpanTagger.encode(tokens, List.of(new Span(1, 13)));
    QuoteSpanTagger tagger =
        QuoteSpanTagger.train(List.of(new QuoteSpanTagger.Example(f, gold)), 5, 1);
    assertThat(tagger.tag(f)).containsExactly(gold);
  }
}
