package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechVerbsTest {

  @Test
  void name_before_a_verb_of_saying_is_its_speaker() {
    List<String> keys = List.of("jordan", "agreed", ",", "a", "jordanian", "official", "confirmed");
    assertThat(SpeechVerbs.followedBySpeech(keys, 5)).isTrue();
  }

  @Test
  void an_auxiliary_may_stand_between_speaker_and_verb() {
    List<String> keys = List.of("peskov", "ha", "detto", "che");
    assertThat(SpeechVerbs.followedBySpeech(keys, 0)).isTrue();
  }

  @Test
  void name_before_an_event_verb_is_not_a_speaker() {
    List<String> keys = List.of("russia", "attacked", "ukraine");
    assertThat(SpeechVerbs.followedBySpeech(keys, 0)).isFalse();
    assertThat(SpeechVerbs.followedBySpeech(keys, 2)).isFalse();
  }
}
