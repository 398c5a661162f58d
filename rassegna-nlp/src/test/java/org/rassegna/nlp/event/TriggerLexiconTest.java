package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TriggerLexiconTest {

  @ParameterizedTest
  @ValueSource(strings = {"it", "en", "es", "fr", "de", "pt", "ru"})
  void every_shipped_language_has_a_lexicon_covering_all_sixteen_types(String lang) {
    TriggerLexicon lexicon = TriggerLexicon.shipped(lang).orElseThrow();
    assertThat(lexicon.size()).isGreaterThan(100);
    assertThat(lexicon.types()).containsExactlyInAnyOrder(PloverType.values());
  }

  @Test
  void language_without_a_lexicon_gives_none() {
    assertThat(TriggerLexicon.shipped("xx")).isEmpty();
  }

  @Test
  void patterns_are_keyed_without_accents_and_keep_prefix_and_gap_marks() throws Exception {
    List<TriggerEntry> entries =
        TriggerLexicon.parse(
            new BufferedReader(new StringReader("# c\nSolidarität ~ Ukr*\tSUPPORT\t-\tn\n")), "t");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).tokens()).containsExactly("solidaritat", "~", "ukr*");
    assertThat(entries.get(0).nominal()).isTrue();
    assertThat(entries.get(0).mode()).isEmpty();
  }

  @Test
  void bad_line_is_reported_with_file_and_line() {
    assertThatThrownBy(
            () ->
                TriggerLexicon.parse(
                    new BufferedReader(new StringReader("\nmet\tMEET\t-\tv\n")), "triggers-en.tsv"))
        .hasMessageContaining("triggers-en.tsv:2")
        .hasMessageContaining("MEET");
  }

  @Test
  void legacy_plover_names_map_to_current_types() {
    assertThat(PloverType.parse("FIGHT")).contains(PloverType.ASSAULT);
    assertThat(PloverType.parse("demand")).contains(PloverType.REQUEST);
    assertThat(PloverType.parse("DISAPPROVE")).contains(PloverType.ACCUSE);
    assertThat(PloverType.parse("MEET")).isEmpty();
  }
}
