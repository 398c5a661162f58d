package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;
import org.rassegna.nlp.quote.Quote;
import org.rassegna.nlp.quote.Speaker;

class QuoteSourcesTest {
  // "We will impose sanctions on Iran," US Secretary of State Antony Blinken said.
  private static final LinkedEntity BLINKEN =
      new LinkedEntity(
          Optional.of("person:blinken"),
          "Antony Blinken",
          EntityType.PERSON,
          Optional.of("USA"),
          Optional.empty(),
          List.of(new EntityMention(58, 72, "Antony Blinken")));

  private static final Quote QUOTE =
      new Quote(
          1,
          33,
          List.of(new Span(1, 33)),
          "We will impose sanctions on Iran",
          true,
          Optional.of(new Speaker(Optional.of("person:blinken"), "Antony Blinken", 58, 72)),
          Optional.of("said"));

  private static EventActor actor(String id, String country, int start, int end) {
    return new EventActor(Optional.of(id), id, Optional.of(country), Optional.empty(), start, end);
  }

  private static PoliticalEvent event(Optional<EventActor> source, Optional<EventActor> target) {
    return new PoliticalEvent(
        PloverType.SANCTION,
        Optional.empty(),
        source,
        target,
        Optional.empty(),
        false,
        false,
        0,
        80,
        new Span(9, 25),
        0.8);
  }

  @Test
  void speaker_is_the_source_of_an_event_inside_the_quote_naming_none_before_the_verb() {
    PoliticalEvent e = event(Optional.of(actor("Iran", "IRN", 29, 33)), Optional.empty());
    PoliticalEvent out =
        QuoteSources.apply(List.of(e), List.of(QUOTE), List.of(BLINKEN), x -> false).get(0);
    assertThat(out.source().flatMap(EventActor::country)).contains("USA");
    assertThat(out.target().flatMap(EventActor::country)).contains("IRN");
  }

  @Test
  void a_source_named_before_the_verb_inside_the_quote_stays() {
    PoliticalEvent e =
        event(Optional.of(actor("France", "FRA", 2, 8)), Optional.of(actor("Iran", "IRN", 29, 33)));
    PoliticalEvent out =
        QuoteSources.apply(List.of(e), List.of(QUOTE), List.of(BLINKEN), x -> false).get(0);
    assertThat(out).isEqualTo(e);
  }

  @Test
  void actors_after_a_noun_inside_the_quote_are_its_participants() {
    PoliticalEvent e = event(Optional.of(actor("Iran", "IRN", 29, 33)), Optional.empty());
    assertThat(QuoteSources.apply(List.of(e), List.of(QUOTE), List.of(BLINKEN), x -> true))
        .containsExactly(e);
  }

  @Test
  void events_outside_quotes_are_left_alone() {
    PoliticalEvent e = event(Optional.empty(), Optional.of(actor("Iran", "IRN", 29, 33)));
    assertThat(QuoteSources.apply(List.of(e), List.of(), List.of(BLINKEN), x -> false))
        .containsExactly(e);
  }
}
