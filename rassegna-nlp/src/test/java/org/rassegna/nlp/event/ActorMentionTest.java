package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;

class ActorMentionTest {
  private static ActorMention unlinked(String name, Optional<String> role, boolean guessed) {
    EntityMention m = new EntityMention(0, name.length(), name);
    LinkedEntity e =
        new LinkedEntity(
            Optional.empty(), name, EntityType.ORGANIZATION, Optional.empty(), role, List.of(m));
    return new ActorMention(e, m, 0, 0, false, Optional.of("FRA"), guessed);
  }

  @Test
  void an_unlinked_name_with_the_guessed_article_country_can_carry_an_event() {
    assertThat(unlinked("Parquet national financier", Optional.empty(), true).codable()).isTrue();
  }

  @Test
  void a_sector_noun_with_only_the_guessed_country_cannot_carry_an_event() {
    assertThat(unlinked("police", Optional.of(AgentActors.ROLE_PREFIX + "COP"), true).codable())
        .isFalse();
  }

  @Test
  void a_sector_noun_placed_by_the_text_can_carry_an_event() {
    assertThat(unlinked("police", Optional.of(AgentActors.ROLE_PREFIX + "COP"), false).codable())
        .isTrue();
  }
}
