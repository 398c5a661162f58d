package org.rassegna.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.Span;

class SentenceSplitterTest {

  private static List<String> split(String language, String text) {
    return new SentenceSplitter(language)
        .split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void italian_title_abbreviation_does_not_end_a_sentence() {
    assertThat(split("it", "Il Sig. Rossi e il Dott. Bianchi sono arrivati. Poi è piovuto."))
        .containsExactly("Il Sig. Rossi e il Dott. Bianchi sono arrivati.", "Poi è piovuto.");
  }

  @Test
  void english_us_and_gen_do_not_end_a_sentence() {
    assertThat(split("en", "The U.S. Army and Gen. Smith met. They spoke."))
        .containsExactly("The U.S. Army and Gen. Smith met.", "They spoke.");
  }

  @Test
  void german_zb_and_french_m_do_not_end_a_sentence() {
    assertThat(split("de", "Es gibt z.B. Äpfel. Und Birnen.")).hasSize(2);
    assertThat(split("fr", "M. Macron a parlé. Il est parti.")).hasSize(2);
  }

  @Test
  void middle_initial_does_not_end_a_sentence() {
    assertThat(split("en", "John F. Kennedy spoke. Then he left.")).hasSize(2);
  }

  @Test
  void blank_line_always_ends_a_sentence_and_offsets_point_into_the_body() {
    String text = "Titolo senza punto\n\nSecondo blocco.";
    List<Span> spans = new SentenceSplitter("it").split(text);
    assertThat(spans).containsExactly(new Span(0, 18), new Span(20, 35));
  }

  @Test
  void elided_article_is_split_from_the_name() {
    String text = "sull'Ucraina";
    assertThat(new Tokenizer("it").tokens(text)).containsExactly(new Span(0, 5), new Span(5, 12));
  }
}
