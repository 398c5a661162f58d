package org.rassegna.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.Span;
import org.rassegna.nlp.quote.Quote;

/** Tokens and per-token features of the quote span tagger. */
class QuoteSpanFeaturesTest {
  private static final String TEXT = "«Siamo pronti», ha detto Rossi.";

  private static List<String> words(List<Span> tokens) {
    return tokens.stream().map(t -> TEXT.substring(t.start(), t.end())).toList();
  }

  @Test
  void quote_marks_and_punctuation_are_tokens_of_their_own() {
    assertThat(words(QuoteSpanFeatures.tokens(TEXT)))
        .containsExactly("«", "Siamo", "pronti", "»", ",", "ha", "detto", "Rossi", ".");
  }

  @Test
  void words_inside_marks_know_the_opening_mark_and_the_marks_are_outside() {
    String[] marks = QuoteSpanFeatures.quoteMarks(new String[] {"«", "a", "b", "»", "c"});
    assertThat(marks).containsExactly("-", "«", "«", "-", "-");
  }

  @Test
  void straight_double_quotes_toggle_and_an_unclosed_mark_runs_to_the_end() {
    String[] marks = QuoteSpanFeatures.quoteMarks(new String[] {"\"", "a", "\"", "b", "“", "c"});
    assertThat(marks).containsExactly("-", "\"", "-", "-", "-", "“");
  }

  @Test
  void reporting_verb_and_its_distance_are_features() {
    List<Span> tokens = QuoteSpanFeatures.tokens(TEXT);
    String[][] f = QuoteSpanFeatures.of(TEXT, tokens, "it", List.of(), false);
    assertThat(f[6]).contains("verb", "w=detto", "lw=it:detto", "inq=-");
    assertThat(f[1]).contains("cue>5", "cue<none", "inq=«", "shape=Xx", "start=false");
    assertThat(f[0]).contains("start=true", "shape=p");
    assertThat(f[7]).contains("end=true");
  }

  @Test
  void rule_quotes_give_stacked_features_only_when_stacking() {
    List<Span> tokens = QuoteSpanFeatures.tokens(TEXT);
    Quote rule =
        new Quote(
            1,
            13,
            List.of(new Span(1, 13)),
            "Siamo pronti",
            true,
            Optional.empty(),
            Optional.empty());
    String[][] stacked = QuoteSpanFeatures.of(TEXT, tokens, "it", List.of(rule), true);
    String[][] plain = QuoteSpanFeatures.of(TEXT, tokens, "it", List.of(rule), false);
    assertThat(stacked[1]).contains("rule=B-D");
    assertThat(stacked[2]).contains("rule=I-D");
    assertThat(stacked[4]).contains("rule=O");
    assertThat(plain[1]).noneMatch(f -> f.startsWith("rule="));
  }

  @Test
  void distances_fall_into_coarse_buckets() {
    assertThat(QuoteSpanFeatures.bucket(-1)).isEqualTo("none");
    assertThat(QuoteSpanFeatures.bucket(4)).isEqualTo("3");
    assertThat(QuoteSpanFeatures.bucket(100)).isEqualTo("20");
  }
}
