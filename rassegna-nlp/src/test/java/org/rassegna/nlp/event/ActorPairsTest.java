package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;

class ActorPairsTest {
  private static Optional<EventActor> actor(String name, String country, String sector) {
    return Optional.of(
        new EventActor(
            Optional.empty(), name, Optional.of(country), Optional.ofNullable(sector), 0, 1));
  }

  @Test
  void same_country_and_sector_is_one_actor_named_twice() {
    Optional<EventActor> government = actor("governo israeliano", "ISR", "GOV");
    Optional<EventActor> premier = actor("premier di Israele", "ISR", "GOV");
    assertThat(ActorPairs.distinctTarget(government, premier)).isEmpty();
  }

  @Test
  void same_country_other_sector_or_no_sector_stays_a_target() {
    Optional<EventActor> government = actor("gobierno", "ESP", "GOV");
    Optional<EventActor> party = actor("ERC", "ESP", "PTY");
    Optional<EventActor> person = actor("Haley", "USA", null);
    Optional<EventActor> rival = actor("Ramaswamy", "USA", null);
    assertThat(ActorPairs.distinctTarget(government, party)).isEqualTo(party);
    assertThat(ActorPairs.distinctTarget(person, rival)).isEqualTo(rival);
  }

  private static Optional<ActorMention> mention(String name, int first, int last, String country) {
    EntityMention m = new EntityMention(first, last + 1, name);
    LinkedEntity e =
        new LinkedEntity(
            Optional.empty(),
            name,
            EntityType.PERSON,
            Optional.of(country),
            Optional.empty(),
            List.of(m));
    return Optional.of(new ActorMention(e, m, first, last, false, Optional.of(country), false));
  }

  @Test
  void a_target_right_after_a_source_of_its_country_is_the_same_actor_by_title_and_name() {
    Optional<ActorMention> ministry = mention("Politiche Sociali", 8, 9, "ITA");
    Optional<ActorMention> minister = mention("Maurizio Sacconi", 10, 11, "ITA");
    assertThat(ActorPairs.notApposed(ministry, minister)).isEmpty();
  }

  @Test
  void a_target_apart_from_the_source_or_of_another_country_stays() {
    Optional<ActorMention> source = mention("Politiche Sociali", 8, 9, "ITA");
    assertThat(ActorPairs.notApposed(source, mention("Maurizio Sacconi", 12, 13, "ITA")))
        .isPresent();
    assertThat(ActorPairs.notApposed(source, mention("Jean Dupont", 10, 11, "FRA"))).isPresent();
  }
}
