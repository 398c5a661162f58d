package org.rassegna.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerTokenizerTest {

  private static List<String> words(String language, String text) {
    return NerTokenizer.forLanguage(language).tokenize(text, 0, text.length()).stream()
        .map(NerTokenizer.Token::text)
        .toList();
  }

  @Test
  void italian_elision_ends_the_article_token() {
    assertThat(words("it", "L'Istituto dell'Unione, all'ONU."))
        .containsExactly("L'", "Istituto", "dell'", "Unione", ",", "all'", "ONU", ".");
  }

  @Test
  void french_elision_ends_the_article_token() {
    assertThat(words("fr", "Le président d’Ukraine l'a dit"))
        .containsExactly("Le", "président", "d’", "Ukraine", "l'", "a", "dit");
  }

  @Test
  void english_clitics_start_their_own_token_but_names_keep_apostrophes() {
    assertThat(words("en", "Putin's aide didn't call O'Brien."))
        .containsExactly("Putin", "'s", "aide", "did", "n't", "call", "O'Brien", ".");
  }

  @Test
  void hyphens_dotted_acronyms_numbers_and_abbreviations_stay_whole() {
    assertThat(words("en", "Mr. Smith of the U.S. paid 1,500.50 in Lucca-Aulla (2010)."))
        .containsExactly(
            "Mr.",
            "Smith",
            "of",
            "the",
            "U.S.",
            "paid",
            "1,500.50",
            "in",
            "Lucca-Aulla",
            "(",
            "2010",
            ")",
            ".");
  }

  @Test
  void sentence_final_dot_is_its_own_token_even_after_an_initial() {
    assertThat(words("en", "He met J. Smith and Vitamin C.")).endsWith("C", ".");
  }

  @Test
  void offsets_map_back_to_the_text() {
    String text = "  «Il presidente Vladimir Putin» — ha detto 😀 Dmitrij Peskov…  ";
    for (NerTokenizer.Token t : NerTokenizer.forLanguage("it").tokenize(text, 0, text.length())) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void range_limits_tokens_to_the_sentence() {
    String text = "Prima frase. Seconda frase.";
    List<NerTokenizer.Token> tokens = NerTokenizer.forLanguage("it").tokenize(text, 13, 27);
    assertThat(tokens)
        .extracting(NerTokenizer.Token::text)
        .containsExactly("Seconda", "frase", ".");
    assertThat(tokens.get(0).start()).isEqualTo(13);
  }
}
