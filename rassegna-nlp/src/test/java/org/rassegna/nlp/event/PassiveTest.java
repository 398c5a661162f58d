package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassiveTest {
  private static final List<String> KEYS =
      List.of("fue", "solicitada", "por", "grupos", "de", "la", "oposicion", "venezolana");

  @Test
  void the_agent_may_follow_its_preposition_after_a_head_noun_and_an_article() {
    assertThat(Passive.isAgentMarker(KEYS, 2, 6)).isTrue();
  }

  @Test
  void a_word_far_after_the_preposition_is_not_its_agent() {
    List<String> keys = List.of("fue", "solicitada", "por", "los", "grupos", "de", "la", "gente");
    assertThat(Passive.isAgentMarker(keys, 2, 7)).isFalse();
  }

  @Test
  void a_participle_after_an_auxiliary_is_passive() {
    TriggerEntry e =
        new TriggerEntry(
            List.of("solicit*"), PloverType.REQUEST, java.util.Optional.empty(), false);
    assertThat(Passive.is(KEYS, new TriggerHit(e, 1, 1, false))).isTrue();
  }
}
