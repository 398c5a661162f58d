package org.rassegna.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rassegna.nlp.quote.QuoteFixture.entity;
import static org.rassegna.nlp.quote.QuoteFixture.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityType;

/**
 * The fifth round of quote rules, one family a test, on made-up sentences in the shapes the
 * development sets showed (mixed quote marks, connectives and asides around the verb, attribution
 * in the next sentence, source phrases without a comma, surveys as sources, short marks with nobody
 * named).
 */
class QuoteFifthRoundRulesTest {

  @Test
  void a_typographic_opener_may_be_closed_by_a_straight_mark() {
    String text =
        "“Il piano è pronto e partirà lunedì in tutte le regioni\", ha detto Carlo Rossi."
            + " Il ministro ha poi parlato di \"tempi rapidi\" per i cantieri.";
    List<Quote> q = quotes("it", text, "Carlo Rossi");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("Il piano è pronto e partirà lunedì in tutte le regioni");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Carlo Rossi");
  }

  @Test
  void a_connective_before_the_verb_leaves_the_subject_after_it() {
    String text =
        "Il governo vuole andare avanti. Ma, ha aggiunto Bar, \"finché ci sono ostaggi non ci"
            + " sarà alcuna tregua\".";
    Quote q = quotes("it", text, "Bar").get(0);
    assertThat(q.text()).startsWith("finché ci sono ostaggi");
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Bar");
  }

  @Test
  void an_attribution_aside_splits_reported_speech_around_it() {
    String text =
        "La pandemia, señala Jourdan, ha sido una oportunidad para las plataformas de música.";
    List<Quote> q = quotes("es", text, "Jourdan");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("La pandemia").contains("ha sido una oportunidad");
    assertThat(q.get(0).text()).doesNotContain("señala");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Jourdan");
  }

  @Test
  void an_aside_without_a_subject_takes_the_previous_speaker() {
    String text =
        "«Queremos que se aplace la fecha electoral», declaró Pablo Ortega. Su objetivo, dijo,"
            + " fue explorar una vía para el diálogo entre las partes.";
    List<Quote> q = quotes("es", text, "Pablo Ortega");
    assertThat(q).hasSize(2);
    assertThat(q.get(1).text()).startsWith("Su objetivo");
    assertThat(q.get(1).speaker().orElseThrow().name()).isEqualTo("Pablo Ortega");
  }

  @Test
  void a_thus_sentence_after_a_quote_names_its_speaker() {
    String text =
        "\"Non ci fermeremo finché tutti gli ostaggi non saranno liberati\". Così Marco Neri,"
            + " ministro della Difesa, in un'intervista alla radio.";
    Quote q = quotes("it", text, "Marco Neri").get(0);
    assertThat(q.text()).startsWith("Non ci fermeremo");
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Marco Neri");
  }

  @Test
  void marks_right_after_a_complementiser_quote_the_subject_whatever_the_verb() {
    String text =
        "Carla Neri ha riscontrato che \"i clienti vogliono strumenti coerenti con il loro stile"
            + " di lavoro\".";
    Quote q = quotes("it", text, "Carla Neri").get(0);
    assertThat(q.text()).startsWith("i clienti vogliono");
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Carla Neri");
  }

  @Test
  void a_demonstrative_opens_a_description_that_stops_before_a_relative_pronoun() {
    String text =
        "« La première fois que j'ai lu ce texte, je ne le connaissais pas », affirme ce père de"
            + " quatre enfants qui a exercé à Nîmes.";
    Quote q = quotes("fr", text).get(0);
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("père de quatre enfants");
  }

  @Test
  void marks_inside_reported_speech_of_an_unknown_speaker_are_no_quote_of_their_own() {
    String text =
        "En cambio señaló que, tras esta misión, el Gobierno «ha contestado de manera clara y"
            + " rotunda diciendo que de ninguna manera van a posponer las elecciones».";
    assertThat(quotes("es", text)).isEmpty();
  }

  @Test
  void a_past_tense_after_a_that_less_verb_shows_reported_content() {
    String text =
        "Mary Hale said farmers faced “near-unprecedented economic uncertainty” stemming from the"
            + " new tariffs.";
    List<Quote> q = quotes("en", text, "Mary Hale");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isFalse();
    assertThat(q.get(0).text()).startsWith("farmers faced").endsWith("new tariffs");
  }

  @Test
  void a_bare_perfect_infinitive_after_the_verb_is_reported_content() {
    String text =
        "El consejero Javier Imbroda ha confesado haber estado muy preocupado por su familia.";
    List<Quote> q = quotes("es", text, "Javier Imbroda");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("haber estado muy preocupado por su familia");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Javier Imbroda");
  }

  @Test
  void a_short_stretch_in_marks_with_nobody_named_is_a_term() {
    String text =
        "Il picco è previsto domani. L'ultima \"pioggia di stelle\" così intensa è stata"
            + " osservata nel 2009.";
    assertThat(quotes("it", text)).isEmpty();
  }

  @Test
  void a_source_phrase_ends_at_a_bracket_without_a_comma() {
    String text =
        "Secondo lo United States Geological Survey (USGS) il sisma di oggi ha raggiunto"
            + " magnitudo 7.9 nella scala Richter.";
    List<Quote> q =
        quotes(
            "it",
            text,
            List.of(entity(text, "United States Geological Survey", EntityType.ORGANIZATION)));
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("il sisma di oggi");
    assertThat(q.get(0).speaker().orElseThrow().name())
        .isEqualTo("United States Geological Survey");
  }

  @Test
  void a_survey_or_a_tally_speaks_as_a_source() {
    String text =
        "Las cifras aumentan a diario. Según los últimos balances, 127.601 personas han"
            + " fallecido por la pandemia.";
    List<Quote> q = quotes("es", text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("127.601 personas");
    assertThat(q.get(0).speaker().orElseThrow().name()).contains("balances");
  }

  @Test
  void a_colon_closes_a_source_phrase_after_the_content() {
    String text =
        "Une hypothèse qui n'est pas irréaliste selon Michèle Tribalat : la population a été"
            + " multipliée par cinq depuis 1982.";
    List<Quote> q = quotes("fr", text, "Michèle Tribalat");
    assertThat(q).isNotEmpty();
    assertThat(q.get(0).text()).isEqualTo("Une hypothèse qui n'est pas irréaliste");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Michèle Tribalat");
  }
}
