package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.kb.AliasKeys;

class BackgroundNounTest {
  private static boolean background(String lang, String sentence, String noun, boolean nominal) {
    List<String> keys = List.of(sentence.split(" ")).stream().map(AliasKeys::token).toList();
    int i = keys.indexOf(AliasKeys.token(noun));
    TriggerEntry e = new TriggerEntry(List.of(noun), PloverType.ASSAULT, Optional.empty(), true);
    return BackgroundNoun.is(lang, keys, new TriggerHit(e, i, i, nominal));
  }

  @Test
  void noun_after_a_preposition_and_article_is_background() {
    assertThat(background("en", "since the attack of 7 October prices rose", "attack", true))
        .isTrue();
    assertThat(background("fr", "lors de l' attaque de l' Ukraine", "attaque", true)).isTrue();
    assertThat(background("es", "en los ataques terroristas", "ataques", true)).isTrue();
    assertThat(background("it", "sull' attentato subito dai soldati", "attentato", true)).isTrue();
  }

  @Test
  void noun_that_is_subject_or_object_is_asserted() {
    assertThat(background("en", "the attack killed ten people", "attack", true)).isFalse();
    assertThat(background("it", "hanno condannato l' attentato", "attentato", true)).isFalse();
  }

  @Test
  void verbal_trigger_is_never_background() {
    assertThat(background("en", "they went on to attack Kyiv", "attack", false)).isFalse();
  }

  @Test
  void visits_strikes_and_taking_part_are_kept() {
    assertThat(background("it", "Putin era in visita a Caracas", "visita", true)).isFalse();
    assertThat(background("en", "workers went on strike", "strike", true)).isFalse();
    assertThat(background("en", "they took part in the protest", "protest", true)).isFalse();
    assertThat(background("it", "ha partecipato alla manifestazione", "manifestazione", true))
        .isFalse();
  }

  @Test
  void the_content_of_a_message_is_asserted() {
    assertThat(background("it", "è arrivato un messaggio di indignazione", "indignazione", true))
        .isFalse();
    assertThat(background("en", "they issued a statement of support", "support", true)).isFalse();
    assertThat(background("it", "una settimana di attacchi", "attacchi", true)).isTrue();
  }

  @Test
  void parties_and_parts_are_not_taking_part() {
    assertThat(background("it", "una delle parti dell' aggressione", "aggressione", true)).isTrue();
    assertThat(background("fr", "il a participé à la manifestation", "manifestation", true))
        .isFalse();
  }

  @Test
  void actor_words_may_stand_between_preposition_and_noun_within_one_clause() {
    List<String> keys =
        List.of("in the wake of the police killing of Floyd".split(" ")).stream()
            .map(AliasKeys::token)
            .toList();
    TriggerEntry e =
        new TriggerEntry(List.of("killing"), PloverType.ASSAULT, Optional.empty(), true);
    TriggerHit hit = new TriggerHit(e, 6, 6, true);
    boolean[] police = new boolean[keys.size()];
    police[5] = true;
    int[] oneClause = new int[keys.size()];
    assertThat(BackgroundNoun.is("en", keys, hit)).isFalse();
    assertThat(BackgroundNoun.is("en", keys, hit, police, oneClause)).isTrue();
    int[] commaBeforePolice = {0, 0, 0, 0, 0, 1, 1, 1, 1};
    assertThat(BackgroundNoun.is("en", keys, hit, police, commaBeforePolice)).isFalse();
  }
}
