package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}
