package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriggerMatcherTest {
  private static final TriggerLexicon LEXICON =
      new TriggerLexicon(
          List.of(
              entry("incontro", PloverType.CONSULT, false, true),
              entry("incontro telefonico", PloverType.CONSULT, true, true),
              entry("espress* ~ sostegno", PloverType.SUPPORT, false, false),
              entry("sostegno", PloverType.SUPPORT, false, true)));

  private static TriggerEntry entry(String p, PloverType t, boolean phone, boolean nominal) {
    return new TriggerEntry(
        List.of(p.split(" ")), t, phone ? Optional.of("phone") : Optional.empty(), nominal);
  }

  private static List<TriggerHit> find(String keys) {
    return new TriggerMatcher(LEXICON).find(List.of(keys.split(" ")));
  }

  @Test
  void longer_pattern_wins_over_its_first_word() {
    List<TriggerHit> hits = find("c'e stato un incontro telefonico tra");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).entry().mode()).contains("phone");
    assertThat(hits.get(0).first()).isEqualTo(3);
    assertThat(hits.get(0).last()).isEqualTo(4);
  }

  @Test
  void prefix_and_gap_match_inflected_words_with_words_between() {
    List<TriggerHit> hits = find("putin ha espresso pieno e totale sostegno agli sforzi");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).entry().type()).isEqualTo(PloverType.SUPPORT);
    assertThat(hits.get(0).entry().nominal()).isFalse();
  }

  @Test
  void gap_longer_than_three_words_does_not_match() {
    List<TriggerHit> hits = find("espresso a tutti loro ancora sostegno");
    assertThat(hits).extracting(h -> h.entry().nominal()).containsExactly(true);
  }

  @Test
  void verbal_entry_after_a_determiner_or_a_number_is_a_noun() {
    TriggerMatcher m =
        new TriggerMatcher(
            new TriggerLexicon(List.of(entry("attack*", PloverType.ASSAULT, false, false))));
    assertThat(m.find(List.of("the", "2001", "attacks")).get(0).nominal()).isTrue();
    assertThat(m.find(List.of("the", "attack")).get(0).nominal()).isTrue();
    assertThat(m.find(List.of("russia", "attacked", "kyiv")).get(0).nominal()).isFalse();
  }

  @Test
  void noun_object_of_a_light_verb_is_read_as_a_verb() {
    TriggerMatcher m =
        new TriggerMatcher(
            new TriggerLexicon(List.of(entry("criticas", PloverType.ACCUSE, false, true))));
    assertThat(m.find(List.of("enfoco", "sus", "criticas", "a", "la", "otan")).get(0).nominal())
        .isFalse();
    assertThat(m.find(List.of("tras", "las", "criticas")).get(0).nominal()).isTrue();
  }

  @Test
  void no_words_give_no_hits() {
    assertThat(new TriggerMatcher(LEXICON).find(List.of())).isEmpty();
  }
}
