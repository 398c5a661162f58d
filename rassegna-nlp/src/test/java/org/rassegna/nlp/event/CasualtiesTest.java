package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;

class CasualtiesTest {
  // 27 palestinesi sono morti a causa di un raid israeliano
  private static final List<String> KEYS =
      List.of("27 palestinesi sono morti a causa di un raid israeliano".split(" "));

  private static ActorMention actor(String name, int at, String country) {
    EntityMention m = new EntityMention(at, at + 1, name);
    LinkedEntity e =
        new LinkedEntity(
            Optional.empty(),
            name,
            EntityType.LOCATION,
            Optional.of(country),
            Optional.of("country"),
            List.of(m));
    return new ActorMention(e, m, at, at, false, Optional.of(country), false);
  }

  private static TriggerHit raid() {
    TriggerEntry e = new TriggerEntry(List.of("raid"), PloverType.ASSAULT, Optional.empty(), true);
    return new TriggerHit(e, 8, 8, true);
  }

  @Test
  void casualty_word_shortly_before_is_found() {
    assertThat(Casualties.before(KEYS, 6)).hasValue(3);
    assertThat(Casualties.before(List.of("the", "talks", "in", "Doha"), 2)).isEmpty();
  }

  @Test
  void attack_noun_after_the_dead_is_asserted_not_background() {
    assertThat(BackgroundNoun.is("it", KEYS, raid(), new boolean[KEYS.size()], new int[10]))
        .isFalse();
    List<String> background =
        List.of("dopo", "il", "raid", "i", "prezzi", "sono", "saliti").stream()
            .map(k -> k.toLowerCase(Locale.ROOT))
            .toList();
    TriggerEntry e = new TriggerEntry(List.of("raid"), PloverType.ASSAULT, Optional.empty(), true);
    assertThat(BackgroundNoun.is("it", background, new TriggerHit(e, 2, 2, true))).isTrue();
  }

  @Test
  void victims_before_the_casualty_word_are_the_target_and_the_attacker_follows_the_noun() {
    List<ActorMention> actors =
        List.of(actor("palestinesi", 1, "PSE"), actor("israeliano", 9, "ISR"));
    ActorAssigner.Roles roles = ActorAssigner.assign(actors, raid(), KEYS, new int[KEYS.size()]);
    assertThat(roles.source().flatMap(ActorMention::country)).contains("ISR");
    assertThat(roles.target().flatMap(ActorMention::country)).contains("PSE");
  }
}
