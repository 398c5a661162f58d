package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.kb.AliasKeys;

class ModalityTest {
  private static List<String> keys(String s) {
    return List.of(s.split(" ")).stream().map(AliasKeys::token).toList();
  }

  private static boolean negated(String lang, String s, String trigger) {
    List<String> k = keys(s);
    int i = k.indexOf(trigger);
    return Modality.negated(lang, k, i, i);
  }

  private static boolean hypothetical(String lang, String s, String trigger) {
    List<String> k = keys(s);
    int i = k.indexOf(trigger);
    return Modality.hypothetical(lang, k, i, i);
  }

  @Test
  void negator_just_before_the_trigger_negates_it() {
    assertThat(negated("it", "Putin e Maduro non hanno discusso delle basi", "discusso")).isTrue();
    assertThat(negated("en", "Russia did not attack Ukraine", "attack")).isTrue();
    assertThat(negated("en", "Russia didn't attack Ukraine", "attack")).isTrue();
    assertThat(negated("fr", "la France n' a pas condamné", "condamne")).isTrue();
    assertThat(negated("de", "Scholz traf Macron nicht", "traf")).isTrue();
  }

  @Test
  void affirmative_sentence_is_not_negated() {
    assertThat(negated("it", "Putin e Maduro hanno discusso delle basi", "discusso")).isFalse();
  }

  @Test
  void italian_clitic_ne_is_not_a_negation() {
    assertThat(negated("it", "ne hanno discusso ieri", "discusso")).isFalse();
  }

  @Test
  void not_excluding_an_event_makes_it_hypothetical_not_negated() {
    String s = "the ministry would not exclude the deployment of Russian forces";
    assertThat(negated("en", s, "deployment")).isFalse();
    assertThat(hypothetical("en", s, "deployment")).isTrue();
    String it = "aveva affermato di non escludere a priori il dispiegamento di forze";
    assertThat(negated("it", it, "dispiegamento")).isFalse();
    assertThat(hypothetical("it", it, "dispiegamento")).isTrue();
  }

  @Test
  void conditionals_and_conditions_are_hypothetical() {
    assertThat(hypothetical("it", "Mosca potrebbe schierare truppe", "schierare")).isTrue();
    assertThat(hypothetical("it", "Mosca schiererebbe truppe", "truppe")).isTrue();
    assertThat(hypothetical("en", "if Russia attacks Ukraine", "attacks")).isTrue();
    assertThat(hypothetical("es", "Rusia atacó Ucrania", "ataco")).isFalse();
  }
}
