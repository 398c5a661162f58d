package org.rassegna.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rassegna.model.Article;
import org.rassegna.model.BlockKind;
import org.rassegna.model.Body;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;
import org.rassegna.nlp.event.EventActor;
import org.rassegna.nlp.event.PoliticalEvent;

/**
 * Whole-pipeline event coding, one news-like sentence per language, with the knowledge-base matcher
 * alone (no NER model), published on Friday 2022-01-21.
 */
class EventCodingTest {
  private static final Annotator ANNOTATOR = TestAnnotators.with(TestAnnotators.NO_NER);
  private static final LocalDate FRIDAY = LocalDate.of(2022, 1, 21);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          it | Ieri il presidente russo Vladimir Putin ha avuto una telefonata con il presidente francese Emmanuel Macron. | CONSULT | RUS | FRA | 2022-01-20 | phone
          en | On Monday Russia accused Ukraine of violating the ceasefire. | ACCUSE | RUS | UKR | 2022-01-17 | allege
          es | El miércoles Venezuela rechazó las sanciones de Estados Unidos. | REJECT | VEN | USA | 2022-01-19 |
          fr | Samedi, la France a condamné l'attaque de la Russie contre l'Ukraine. | ACCUSE | FRA | RUS | 2022-01-15 | disapprove
          de | Gestern hat Deutschland die Ukraine unterstützt. | SUPPORT | DEU | UKR | 2022-01-20 |
          pt | O Brasil condenou ontem o ataque da Rússia. | ACCUSE | BRA | RUS | 2022-01-20 | disapprove
          en | Yesterday Ukraine was attacked by Russia. | ASSAULT | RUS | UKR | 2022-01-20 |
          it | Ieri l'Ucraina è stata attaccata dalla Russia. | ASSAULT | RUS | UKR | 2022-01-20 |
          """)
  void sentence_gives_type_actors_date_and_mode(
      String lang,
      String sentence,
      String type,
      String source,
      String target,
      String date,
      String mode) {
    List<PoliticalEvent> events = annotate(sentence).events();
    assertThat(events).isNotEmpty();
    PoliticalEvent e = events.get(0);
    assertThat(e.type().name()).isEqualTo(type);
    assertThat(e.source().flatMap(EventActor::country)).contains(source);
    assertThat(e.target().flatMap(EventActor::country)).contains(target);
    assertThat(e.date()).contains(LocalDate.parse(date));
    assertThat(e.mode()).isEqualTo(Optional.ofNullable(mode));
    assertThat(e.negated()).isFalse();
    assertThat(e.start()).isZero();
    assertThat(e.end()).isEqualTo(sentence.length());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          it | Ieri l'esercito israeliano ha bombardato Hamas. | ASSAULT | ISR | MIL | PSE
          en | Yesterday Russian troops attacked Ukraine. | ASSAULT | RUS | MIL | UKR
          fr | Samedi, la police française a arrêté des manifestants. | COERCE | FRA | COP | FRA
          es | El gobierno de Venezuela acusó a Estados Unidos de sabotaje. | ACCUSE | VEN | GOV | USA
          """)
  void common_noun_actor_takes_sector_and_country_next_to_it(
      String lang, String sentence, String type, String source, String sector, String target) {
    List<PoliticalEvent> events = annotate(sentence).events();
    assertThat(events).isNotEmpty();
    PoliticalEvent e = events.get(0);
    assertThat(e.type().name()).isEqualTo(type);
    assertThat(e.source().flatMap(EventActor::country)).contains(source);
    assertThat(e.source().flatMap(EventActor::sector)).contains(sector);
    assertThat(e.target().flatMap(EventActor::country)).contains(target);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Putin e Maduro non hanno discusso delle basi russe in Venezuela.
          Russia did not attack Ukraine yesterday.
          """)
  void negated_sentence_gives_negated_event(String sentence) {
    assertThat(annotate(sentence).events()).isNotEmpty().allMatch(PoliticalEvent::negated);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          On Monday, Switzerland beat Gibraltar 6-0 and Portugal defeated Luxembourg.
          L'Argentina ha battuto la Francia in finale, e il calciatore argentino ha attaccato l'arbitro.
          """)
  void sports_text_gives_no_events(String sentence) {
    assertThat(annotate(sentence).events()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Since the attack of Russia on Ukraine, prices have risen in Germany.
          Depuis l'attaque de la Russie contre l'Ukraine, les prix ont augmenté en Allemagne.
          """)
  void event_named_inside_a_prepositional_phrase_is_not_coded(String sentence) {
    assertThat(annotate(sentence).events()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Russia accused Ukraine of attacking its border on Monday. | ACCUSE
          """)
  void sentence_keeps_one_event_per_pair_of_actors(String sentence, String type) {
    List<PoliticalEvent> events = annotate(sentence).events();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).type().name()).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Yesterday Russian troops attacked Ukraine. Yesterday Russian troops also shelled Ukraine.
          """)
  void distinct_actions_of_one_dyad_and_day_are_distinct_events(String text) {
    List<PoliticalEvent> events = annotate(text).events();
    assertThat(events)
        .filteredOn(e -> e.type().name().equals("ASSAULT"))
        .extracting(e -> e.target().flatMap(EventActor::country).orElse("-"))
        .containsExactly("UKR", "UKR");
  }

  private static AnnotatedArticle annotate(String body) {
    Article dated =
        Article.builder(SourceRef.file("test.txt", SourceFormat.TEXT))
            .body(new Body.Builder().add(BlockKind.PARAGRAPH, body).build())
            .published(Optional.of(PublicationDate.ofDay(FRIDAY, DateSource.DATELINE)))
            .build();
    return ANNOTATOR.annotate(dated);
  }
}
