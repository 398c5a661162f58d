package org.rassegna.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The quote stage on hand-made sentences, with persons given as entities. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class QuoteExtractorTest {
  @Test
  void split_quote_around_its_attribution_is_one_quote() {
    String text = "\"We will win,\" said Anna Berg, \"and we will win soon.\"";
    List<Quote> q = quotes("en", text, "Anna Berg");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).parts()).hasSize(2);
    assertThat(q.get(0).text()).isEqualTo("We will win, and we will win soon.");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Anna Berg");
  }

  @Test
  void german_reported_speech_with_dass_names_the_subject() {
    String text = "Olaf Weber sagte, dass die Verhandlungen am Montag weitergehen würden.";
    Quote q = quotes("de", text, "Olaf Weber").get(0);
    assertThat(q.direct()).isFalse();
    assertThat(q.text()).startsWith("die Verhandlungen");
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Olaf Weber");
  }

  @Test
  void german_direct_quote_in_low_high_marks_with_inverted_verb() {
    String text = "„Wir werden das Abkommen nicht unterschreiben“, erklärte Olaf Weber am Abend.";
    Quote q = quotes("de", text, "Olaf Weber").get(0);
    assertThat(q.direct()).isTrue();
    assertThat(q.verb()).contains("erklärte");
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Olaf Weber");
  }

  @Test
  void portuguese_reported_speech_after_disse_que() {
    String text = "O ministro João Lima disse que o acordo será assinado na próxima semana.";
    Quote q = quotes("pt", text, "João Lima").get(0);
    assertThat(q.text()).startsWith("o acordo será assinado");
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("João Lima");
  }

  @Test
  void portuguese_direct_quote_with_afirmou_after_it() {
    String text = "“Não haverá novas sanções este ano”, afirmou João Lima aos jornalistas.";
    Quote q = quotes("pt", text, "João Lima").get(0);
    assertThat(q.direct()).isTrue();
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("João Lima");
  }

  @Test
  void italian_null_subject_takes_the_previous_speaker() {
    String text =
        "«Il piano è pronto da settimane», ha detto Marco Neri. «Lo presenteremo domani in"
            + " consiglio», ha aggiunto.";
    List<Quote> q = quotes("it", text, "Marco Neri");
    assertThat(q).hasSize(2);
    assertThat(q.get(1).speaker().orElseThrow().name()).isEqualTo("Marco Neri");
  }

  @Test
  void scare_quotes_are_not_speech() {
    String text = "The so-called \"peace plan\" was published on Monday by the agency.";
    assertThat(quotes("en", text)).isEmpty();
  }

  @Test
  void quote_after_an_attribution_closed_by_a_comma_continues_the_first() {
    String text =
        "\"Un point, ce n'est pas le pire des résultats\", a admis l'entraîneur Ole Berg, \"nous"
            + " avons eu de nombreuses occasions nettes.\"";
    List<Quote> q = quotes("fr", text, "Ole Berg");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).parts()).hasSize(2);
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Ole Berg");
  }

  @Test
  void straight_single_quotes_after_a_colon_are_quote_marks() {
    String text = "Tom Hale said: 'We will build the bridge next year, whatever it costs.'";
    List<Quote> q = quotes("en", text, "Tom Hale");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("We will build the bridge next year, whatever it costs.");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Tom Hale");
  }

  @Test
  void apostrophes_are_not_straight_quotes() {
    String text = "L'Italia e l'Europa, dice l'articolo, sono all'inizio di un percorso.";
    assertThat(quotes("it", text)).allMatch(q -> !q.direct());
  }

  @Test
  void a_quote_after_titled_is_a_title() {
    String text =
        "Il saggio intitolato « Il ruolo dei giovani nella storia e nella politica » è stato"
            + " scelto da molti studenti.";
    assertThat(quotes("it", text)).isEmpty();
  }

  @Test
  void verb_after_a_relative_clause_takes_the_person_it_hangs_on() {
    String text =
        "Carlos Ruiz, el investigador de la Universidad de Vigo, que midió el récord de 20 grados"
            + " explica que la temperatura fue la más alta del año.";
    Quote q = quotes("es", text, "Carlos Ruiz").get(0);
    assertThat(q.text()).startsWith("la temperatura");
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Carlos Ruiz");
  }

  @Test
  void pledged_to_reports_a_promise_but_added_to_does_not() {
    List<Quote> pledge =
        quotes(
            "en",
            "Anna Berg pledged to cut the tax on fuel before the end of the year.",
            "Anna Berg");
    assertThat(pledge).hasSize(1);
    assertThat(pledge.get(0).text()).startsWith("cut the tax");
    assertThat(quotes("en", "Anna Berg added to the pressure on the board of the company."))
        .isEmpty();
  }

  @Test
  void empty_body_gives_no_quotes() {
    assertThat(quotes("it", "")).isEmpty();
  }

  @Test
  void unbalanced_and_nested_marks_give_valid_quotes() {
    String text =
        "« Il a dit “non” et « encore » ils ont dit \" puis ‘ rien. Le ministre a déclaré que"
            + " « le texte “final” sera voté » demain.";
    for (Quote q : quotes("fr", text)) {
      assertThat(q.start()).isBetween(0, text.length());
      assertThat(q.end()).isBetween(q.start(), text.length());
    }
  }

  @Test
  void megabyte_of_unbalanced_marks_in_one_sentence_finishes() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append("« il a dit que \" la ‘ chose “ est 'l'a ");
    }
    List<Quote> q = quotes("fr", sb.toString());
    assertThat(q.size()).isLessThan(sb.length());
  }

  private static List<Quote> quotes(String lang, String text, String... persons) {
    return QuoteFixture.quotes(lang, text, persons);
  }
}
