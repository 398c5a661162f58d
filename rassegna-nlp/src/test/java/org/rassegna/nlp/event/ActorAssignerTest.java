package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;

class ActorAssignerTest {
  // British Defence Secretary Tom King promised to continue military aid to Mozambique
  private static final String TEXT =
      "British Defence Secretary Tom King promised to continue military aid to Mozambique";
  private static final List<String> KEYS = List.of(TEXT.toLowerCase(Locale.ROOT).split(" "));

  private static ActorMention actor(
      String name, String role, int first, int last, String country, boolean guessed) {
    EntityMention m = new EntityMention(first, last + 1, name);
    LinkedEntity e =
        new LinkedEntity(
            Optional.empty(),
            name,
            EntityType.ORGANIZATION,
            Optional.of(country),
            Optional.of(role),
            List.of(m));
    return new ActorMention(e, m, first, last, false, Optional.of(country), guessed);
  }

  private static TriggerHit verb(int at) {
    TriggerEntry e =
        new TriggerEntry(List.of(KEYS.get(at)), PloverType.AGREE, Optional.empty(), false);
    return new TriggerHit(e, at, at, false);
  }

  @Test
  void a_guessed_actor_of_the_source_country_yields_to_a_later_foreign_target() {
    List<ActorMention> actors =
        List.of(
            actor("Tom King", "person", 3, 4, "GBR", false),
            actor("military", "agent:MIL", 8, 8, "GBR", true),
            actor("Mozambique", "country", 11, 11, "MOZ", false));
    ActorAssigner.Roles roles = ActorAssigner.assign(actors, verb(5), KEYS, new int[KEYS.size()]);
    assertThat(roles.source().flatMap(ActorMention::country)).contains("GBR");
    assertThat(roles.target().flatMap(ActorMention::country)).contains("MOZ");
  }

  @Test
  void a_guessed_actor_of_the_source_country_stays_the_target_when_alone() {
    List<ActorMention> actors =
        List.of(
            actor("Tom King", "person", 3, 4, "GBR", false),
            actor("military", "agent:MIL", 8, 8, "GBR", true));
    ActorAssigner.Roles roles = ActorAssigner.assign(actors, verb(5), KEYS, new int[KEYS.size()]);
    assertThat(roles.target().map(a -> a.entity().name())).contains("military");
  }
}
