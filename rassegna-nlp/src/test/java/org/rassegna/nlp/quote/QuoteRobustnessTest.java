package org.rassegna.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quote stage never throws, whatever order cue words, punctuation and marks come in: the rules
 * look a few tokens ahead and behind, and a text may end or start anywhere in their patterns.
 * Seeded random word salads made of every language's cue words (a failing seed is printed in the
 * assertion message to replay it).
 */
class QuoteRobustnessTest {
  private static final List<String> WORDS =
      List.of(
          "Lo",
          "lo",
          "riporta",
          "ha",
          "detto",
          "secondo",
          "cui",
          "cosa",
          "che",
          "di",
          "un",
          "anche",
          "se",
          "ammette",
          "gestito",
          "da",
          "Al",
          "Jazeera",
          "Marco",
          "Rossi",
          "ministro",
          "selon",
          "lequel",
          "ce",
          "que",
          "comme",
          "l'explique",
          "mais",
          "cela",
          "par",
          "est",
          "accusé",
          "s'",
          "dit",
          "de",
          "le",
          "dénonce",
          "según",
          "han",
          "avanzado",
          "fuentes",
          "el",
          "cual",
          "si",
          "bien",
          "although",
          "they",
          "cautioned",
          "said",
          "Sen.",
          "by",
          "according",
          "to",
          "whom",
          "studies",
          "En",
          "plus",
          "précise",
          "la",
          ",",
          ".",
          ":",
          ";",
          "«",
          "»",
          "\"",
          "“",
          "”",
          "(",
          ")",
          "—",
          "–",
          "-");

  @Test
  void random_cue_word_salads_never_throw() {
    for (String lang : List.of("it", "en", "es", "fr")) {
      for (int seed = 0; seed < 300; seed++) {
        String text = salad(new Random(seed * 31L + lang.hashCode()));
        assertThatCode(() -> QuoteFixture.quotes(lang, text, "Marco Rossi"))
            .as("%s seed %d: %s", lang, seed, text)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void a_text_ending_on_any_cue_word_is_read_safely() {
    for (String w : WORDS) {
      String text = "Marco Rossi ha detto che il piano partirà presto, " + w;
      assertThat(QuoteFixture.quotes("it", text, "Marco Rossi")).isNotNull();
    }
  }

  private static String salad(Random r) {
    int n = 1 + r.nextInt(60);
    StringBuilder sb = new StringBuilder("Marco Rossi ");
    for (int i = 0; i < n; i++) {
      sb.append(r.nextInt(4) > 0 ? " " : "").append(WORDS.get(r.nextInt(WORDS.size())));
    }
    return sb.toString();
  }
}
