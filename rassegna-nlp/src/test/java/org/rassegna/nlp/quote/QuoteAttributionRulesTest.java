package org.rassegna.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rassegna.nlp.quote.QuoteFixture.entity;
import static org.rassegna.nlp.quote.QuoteFixture.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityType;

/**
 * The fourth round of quote rules, one family a test, on made-up sentences in the shapes the
 * development sets showed (speaker attribution across clauses, titles before names, "as X said",
 * partial quotes, titles in marks).
 */
class QuoteAttributionRulesTest {

  @Test
  void a_person_named_in_a_later_sentence_takes_over_a_subjectless_cue() {
    String text =
        "\"No les he llamado para protegerme a mí\", declaró Pablo Ortega. La marcha la encabezó"
            + " la candidata Lucía Vega. \"Es vuestra última oportunidad para vencer el miedo\","
            + " proclamó desde un megáfono.";
    List<Quote> q = quotes("es", text, "Pablo Ortega", "Lucía Vega");
    assertThat(q).hasSize(2);
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Pablo Ortega");
    assertThat(q.get(1).speaker().orElseThrow().name()).isEqualTo("Lucía Vega");
  }

  @Test
  void a_subject_pronoun_keeps_the_last_speaker_though_another_person_is_named() {
    String text =
        "Anna Berg said farmers were struggling with the new tariffs this year. He urged Tom"
            + " Hale to act quickly, saying \"time is running out for many of us.\"";
    List<Quote> q = quotes("en", text, "Anna Berg", "Tom Hale");
    assertThat(q)
        .last()
        .satisfies(last -> assertThat(last.speaker().orElseThrow().name()).isEqualTo("Anna Berg"));
  }

  @Test
  void and_then_a_saying_verb_starts_a_second_quote_of_the_same_subject() {
    String text =
        "Il primario Nunzia Riva ha affermato di non poter ancora stabilire le cause del contagio"
            + " e assicura che la normativa non prevede la quarantena.";
    List<Quote> q = quotes("it", text, "Nunzia Riva");
    assertThat(q).hasSize(2);
    assertThat(q.get(0).text()).endsWith("cause del contagio");
    assertThat(q.get(1).text()).startsWith("la normativa");
    assertThat(q)
        .allSatisfy(x -> assertThat(x.speaker().orElseThrow().name()).isEqualTo("Nunzia Riva"));
  }

  @Test
  void capitalised_words_after_a_speaker_noun_name_the_speaker_the_recogniser_missed() {
    String text =
        "\"The helicopter was shot down last night near the river,\" rebel spokesman Omar Haddad"
            + " said in a tweet.";
    Quote q = quotes("en", text).get(0);
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Omar Haddad");
  }

  @Test
  void the_person_a_head_noun_is_of_is_not_the_speaker() {
    String text =
        "Marco Zanetti, avvocato di Luca Bruni, ha detto che il suo assistito ha solo viaggiato"
            + " in Giordania.";
    Quote q = quotes("it", text, "Marco Zanetti", "Luca Bruni").get(0);
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Marco Zanetti");
  }

  @Test
  void a_name_in_marks_after_the_attribution_is_not_a_second_part() {
    String text =
        "\"Uníos a nosotros y os respaldaremos a todos\", ha añadido Lucía Vega en comentarios"
            + " recogidos por 'The Guardian'.";
    Quote q = quotes("es", text, "Lucía Vega").get(0);
    assertThat(q.parts()).hasSize(1);
    assertThat(q.text()).isEqualTo("Uníos a nosotros y os respaldaremos a todos");
  }

  @Test
  void a_capital_word_before_a_speaker_noun_is_a_title_not_a_person() {
    String text = "Le Premier ministre a déclaré que le gouvernement allait réduire les impôts.";
    Quote q = quotes("fr", text, List.of(entity(text, "Premier", EntityType.PERSON))).get(0);
    assertThat(q.speaker().orElseThrow().name()).isNotEqualTo("Premier");
    assertThat(q.speaker().orElseThrow().name()).contains("ministre");
  }

  @Test
  void as_x_said_reports_the_clause_after_the_speakers_phrase() {
    String text =
        "Come ha anticipato ieri il portavoce, Matteo Riva, il governo presenterà il piano entro"
            + " la fine del mese.";
    Quote q = quotes("it", text, "Matteo Riva").get(0);
    assertThat(q.direct()).isFalse();
    assertThat(q.text()).startsWith("il governo presenterà");
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Matteo Riva");
  }

  @Test
  void a_long_quote_before_a_bare_verb_takes_the_person_named_before_it() {
    String filler =
        " genera oportunidades de contacto y superación para los profesionales y estudiantes de"
            + " todas las regiones y países que estarán presentes con sus delegaciones, y se ha"
            + " convertido en un hito para nuestra región, pues ha sido evaluado como uno de los"
            + " mejores en calidad académica y el más concurrido del mundo";
    String text =
        "De acuerdo con la gestora del evento, Adela Soto, jefa de carrera, \"este encuentro"
            + filler
            + "\" añadió.";
    Quote q = quotes("es", text, "Adela Soto").get(0);
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Adela Soto");
  }

  @Test
  void a_document_noun_before_a_colon_speaks_even_with_a_determiner_before_the_marks() {
    String text =
        "La lettre liste trois conditions : des « financements récurrents et stables pour toute"
            + " la recherche publique ».";
    Quote q = quotes("fr", text).get(0);
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("La lettre");
  }

  @Test
  void a_lower_case_quote_inside_a_reported_clause_belongs_to_it() {
    String text =
        "Une houle de sept mètres est attendue vendredi sur le littoral, « avec un risque majeur"
            + " d'érosion et d'éboulements sur la façade rocheuse », avertit la préfecture.";
    List<Quote> q = quotes("fr", text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isFalse();
    assertThat(q.get(0).text()).startsWith("Une houle");
  }

  @Test
  void an_unattributed_question_in_marks_is_a_title() {
    String text =
        "Un modo come un altro per rispondere alla domanda \"Dove trovo il disco nuovo?\" dei"
            + " lettori.";
    assertThat(quotes("it", text)).isEmpty();
  }

  @Test
  void a_detta_del_names_the_source_of_the_quote_after_it() {
    String text =
        "A detta del professore Alberto Rinaldi \"il midollo spinale non conduce più da"
            + " settimane\".";
    Quote q = quotes("it", text, "Alberto Rinaldi").get(0);
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Alberto Rinaldi");
  }

  @Test
  void a_long_sentence_after_the_attribution_comma_does_not_hide_it() {
    String text =
        "Such stripping would occur often enough to be noted more than one night out of ten,"
            + " Lena Marsh and her team wrote in the new paper, which was published online today in"
            + " the journal and reviewed by three other groups of researchers.";
    Quote q = quotes("en", text, "Lena Marsh").get(0);
    assertThat(q.text()).startsWith("Such stripping").endsWith("out of ten");
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Lena Marsh");
  }

  @Test
  void a_verb_that_introduces_a_quote_after_it_reports_nothing_before_it() {
    String text =
        "Dès les premiers jours, il constate « une disproportion dans la riposte des forces de"
            + " l'ordre, avec un usage massif des armes ».";
    assertThat(quotes("fr", text)).noneMatch(q -> q.text().startsWith("Dès"));
  }

  @Test
  void segun_with_a_verb_and_no_name_takes_the_person_of_the_sentence() {
    String text =
        "El presidente de la consultora, Luis Ortega, no cree en la pronta reactivación de la"
            + " refinería, según comenta en su cuenta.";
    Quote q = quotes("es", text, "Luis Ortega").get(0);
    assertThat(q.direct()).isFalse();
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Luis Ortega");
  }

  @Test
  void a_person_opening_a_clause_after_a_dash_and_and_is_whom_he_said_continues() {
    String text =
        "Tom Hale, Ivan Petrov and Luke Kerr are helping the team find its legs after a bad"
            + " start — and coach Sam Boyd couldn't be happier. \"They are getting better and"
            + " better,\" he said.";
    Quote q = quotes("en", text, "Tom Hale", "Ivan Petrov", "Luke Kerr", "Sam Boyd").get(0);
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Sam Boyd");
  }
}
