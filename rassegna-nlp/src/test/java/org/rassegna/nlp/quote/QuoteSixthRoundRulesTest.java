package org.rassegna.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rassegna.nlp.quote.QuoteFixture.entity;
import static org.rassegna.nlp.quote.QuoteFixture.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityType;

/**
 * The sixth round of quote rules, one family a test, on made-up sentences in the shapes the
 * development sets showed (an agency relaying the sentence before, a capitalised preposition
 * opening a name).
 */
class QuoteSixthRoundRulesTest {

  @Test
  void an_agency_relaying_the_previous_sentence_is_its_speaker() {
    String text =
        "Tre persone sono rimaste ferite in un incidente sulla strada per Bari. Lo riporta Al"
            + " Arabiya, citando fonti locali.";
    List<Quote> q =
        quotes("it", text, List.of(entity(text, "Al Arabiya", EntityType.ORGANIZATION)));
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("Tre persone sono rimaste ferite");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Al Arabiya");
  }

  @Test
  void an_agency_relaying_an_attribution_leaves_the_quote_to_its_speaker() {
    String text =
        "Il vertice \"resta all'ordine del giorno\" e si terrà in estate. Lo ha detto il portavoce"
            + " Luca Bianchi. Lo riporta Nova Press. La data \"sarà concordata più avanti\","
            + " ha concluso.";
    List<Quote> q = quotes("it", text, "Luca Bianchi", "Nova Press");
    assertThat(q).extracting(Quote::text).noneMatch(s -> s.startsWith("Lo ha detto"));
    assertThat(q.get(q.size() - 1).text()).contains("sarà concordata");
    assertThat(q)
        .allSatisfy(x -> assertThat(x.speaker().orElseThrow().name()).isEqualTo("Luca Bianchi"));
  }

  @Test
  void a_relative_according_to_makes_the_name_before_it_the_source() {
    String text =
        "Lo annuncia la Croce Rossa, secondo cui i soccorritori hanno raggiunto il villaggio"
            + " nella notte.";
    List<Quote> q =
        quotes("it", text, List.of(entity(text, "Croce Rossa", EntityType.ORGANIZATION)));
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text())
        .isEqualTo("i soccorritori hanno raggiunto il villaggio nella notte");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Croce Rossa");
  }

  @Test
  void a_relative_according_to_after_an_idea_names_no_source() {
    String text =
        "Les chiffres démentent l'idée commune selon laquelle les pays féconds vont se déverser"
            + " dans les autres.";
    assertThat(quotes("fr", text)).isEmpty();
  }

  @Test
  void studies_are_a_source_of_according_to() {
    String text =
        "Gli archeologi hanno trovato due templi costruiti, secondo gli studi effettuati, circa"
            + " tremila anni fa.";
    List<Quote> q = quotes("it", text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("Gli archeologi hanno trovato");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("studi effettuati");
  }

  @Test
  void an_as_attribution_after_a_clause_reports_that_clause_only() {
    String text =
        "L'armée tente de fermer les tunnels, mais cela se révèle très difficile et coûteux,"
            + " comme l'explique l'ingénieur Paul Martin, cité par le quotidien.";
    List<Quote> q = quotes("fr", text, "Paul Martin");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("cela se révèle très difficile et coûteux");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Paul Martin");
  }

  @Test
  void a_title_abbreviation_does_not_end_the_attribution_after_a_quote() {
    String text =
        "“The record of this nominee is deeply troubling,” said Texas Sen. Mary Lowell, the top"
            + " Democrat on the panel.";
    List<Quote> q = quotes("en", text, "Mary Lowell");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Mary Lowell");
  }

  @Test
  void a_source_phrase_closing_a_long_clause_reports_that_clause() {
    String text =
        "Mientras tanto, el consejo del partido ha aprobado el acuerdo alcanzado con los socios"
            + " de gobierno, según han avanzado fuentes del partido, si bien la militancia deberá"
            + " avalarlo en una consulta.";
    List<Quote> q = quotes("es", text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("Mientras tanto").endsWith("socios de gobierno");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("fuentes del partido");
  }

  @Test
  void a_preposition_after_a_source_phrase_continues_the_clause_it_interrupts() {
    String text =
        "I due luoghi di culto sarebbero solo una piccola parte, secondo gli studiosi, del grande"
            + " complesso che domina la valle.";
    List<Quote> q = quotes("it", text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("I due luoghi").endsWith("domina la valle");
  }

  @Test
  void marks_apposed_to_the_object_of_a_reporting_verb_are_its_subjects_words() {
    String text =
        "Depuis des années, Jeanne Morel dénonce la pollution des rivières de la région, « une"
            + " catastrophe que personne ne veut voir ».";
    List<Quote> q = quotes("fr", text, "Jeanne Morel");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("une catastrophe");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Jeanne Morel");
  }

  @Test
  void a_thing_that_clause_reports_the_clause_before_it() {
    String text =
        "Le autorità avevano chiesto all'ospedale di chiudere subito, cosa che l'ONU aveva fatto"
            + " sapere.";
    List<Quote> q = quotes("it", text, List.of(entity(text, "ONU", EntityType.ORGANIZATION)));
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text())
        .isEqualTo("Le autorità avevano chiesto all'ospedale di chiudere subito");
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("ONU");
  }

  @Test
  void a_full_stop_before_a_lower_case_word_ends_the_subject_before_a_verb() {
    String text =
        "Il centro era stato chiuso, cosa che il sindaco aveva annunciato. i funzionari hanno"
            + " detto che era impossibile riaprirlo prima di lunedì.";
    List<Quote> q = quotes("it", text);
    assertThat(q).extracting(Quote::text).contains("era impossibile riaprirlo prima di lunedì");
    Quote last = q.get(q.size() - 1);
    assertThat(last.speaker().orElseThrow().name()).isEqualTo("funzionari");
  }

  @Test
  void a_group_or_a_count_is_a_source_of_according_to() {
    String text =
        "Les frappes ont fait plus de deux cents morts dans la ville, selon le décompte du"
            + " ministère de la Santé.";
    List<Quote> q = quotes("fr", text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isPresent();
    Quote g = quotes("it", "Secondo il gruppo armato, i droni hanno colpito gli obiettivi.").get(0);
    assertThat(g.speaker().orElseThrow().name()).isEqualTo("gruppo armato");
  }

  @Test
  void a_source_closing_the_sentence_may_run_through_a_chain_of_complements() {
    String text =
        "Les bombardements ont fait plus de mille morts dans la région, selon le bureau du"
            + " procureur de la cour de la province du Nord.";
    List<Quote> q = quotes("fr", text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text())
        .isEqualTo("Les bombardements ont fait plus de mille morts dans la région");
  }

  @Test
  void a_passive_reporting_verb_reports_nothing_of_its_subject() {
    String text =
        "En 2017, le ministre du Budget est accusé de fraude fiscale par deux anciens associés.";
    assertThat(quotes("fr", text)).isEmpty();
    String pronominal = "Le ministre s'est dit convaincu que la réforme passera au Sénat en mai.";
    assertThat(quotes("fr", pronominal)).hasSize(1);
  }

  @Test
  void a_contrast_clause_with_a_verb_of_its_own_is_a_second_report() {
    String text =
        "Officials at the ministry said on Monday that 900 citizens have asked to come home,"
            + " although they cautioned some might have been signed up by relatives.";
    List<Quote> q = quotes("en", text, List.of(entity(text, "ministry", EntityType.ORGANIZATION)));
    assertThat(q).hasSize(2);
    assertThat(q.get(0).text()).isEqualTo("900 citizens have asked to come home");
    assertThat(q.get(1).text()).startsWith("some might have been");
    assertThat(q.get(1).speaker()).isPresent();
  }

  @Test
  void a_contrast_word_ending_the_text_is_read_safely() {
    String text = "Officials said that the new plan will certainly work, although";
    assertThat(quotes("en", text)).hasSize(1);
  }

  @Test
  void a_participle_and_its_agent_between_commas_describe_the_subject_before_them() {
    String text =
        "Il ministero della Salute di Gaza, gestito da Hamas, ha riferito che dodici persone sono"
            + " morte nel raid.";
    List<Quote> q =
        quotes(
            "it", text, List.of(entity(text, "ministero della Salute", EntityType.ORGANIZATION)));
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("ministero della Salute");
  }

  @Test
  void a_subordinator_alone_before_the_verb_leaves_the_sentence_subject_as_speaker() {
    String text =
        "Marco Verdi non esclude un seguito del film, anche se ammette che \"sarà difficile"
            + " trovare i fondi in tempo\".";
    List<Quote> q = quotes("it", text, "Marco Verdi");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker().orElseThrow().name()).isEqualTo("Marco Verdi");
  }

  @Test
  void an_infinitive_marker_before_an_article_opens_no_report() {
    String text =
        "In precedenza la Wafa aveva riferito di un ragazzo ferito dalla polizia a Jenin.";
    assertThat(quotes("it", text, List.of(entity(text, "Wafa", EntityType.ORGANIZATION))))
        .isEmpty();
  }

  @Test
  void an_adverbial_preamble_before_marks_is_not_part_of_the_quote() {
    String text =
        "En plus de nourrir et de protéger, «les légumes secs apportent beaucoup de fer»,"
            + " précise la nutritionniste.";
    List<Quote> q = quotes("fr", text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("les légumes secs apportent beaucoup de fer");
  }
}
