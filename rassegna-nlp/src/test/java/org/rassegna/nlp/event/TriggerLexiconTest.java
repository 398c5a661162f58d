package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
            new BufferedReader(new StringReader("# c\nSolidarität ~ Ukr*\tSUPPORT\t-\tn\n")),
            "t",
            new HashSet<>());
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
                    new BufferedReader(new StringReader("\nmet\tMEET\t-\tv\n")),
                    "triggers-en.tsv",
                    new HashSet<>()))
        .hasMessageContaining("triggers-en.tsv:2")
        .hasMessageContaining("MEET");
  }

  @Test
  void a_word_listed_with_an_exclamation_mark_is_matched_by_no_prefix_pattern() throws Exception {
    Set<String> notPrefixed = new HashSet<>();
    List<TriggerEntry> entries =
        TriggerLexicon.parse(
            new BufferedReader(new StringReader("impos*\tCOERCE\t-\tv\n!Impossible\n")),
            "t",
            notPrefixed);
    TriggerMatcher matcher = new TriggerMatcher(new TriggerLexicon(entries, notPrefixed));
    assertThat(matcher.find(List.of("it", "would", "be", "impossible"))).isEmpty();
    assertThat(matcher.find(List.of("china", "imposed", "curbs"))).hasSize(1);
  }

  @Test
  void shipped_lexicons_keep_agent_and_business_words_out_of_prefix_patterns() {
    TriggerMatcher es = new TriggerMatcher(TriggerLexicon.shipped("es").orElseThrow());
    assertThat(es.find(List.of("el", "poder", "ejecutivo"))).isEmpty();
    assertThat(es.find(List.of("fue", "ejecutado"))).hasSize(1);
    TriggerMatcher en = new TriggerMatcher(TriggerLexicon.shipped("en").orElseThrow());
    assertThat(en.find(List.of("china's", "top", "trade", "negotiator"))).isEmpty();
  }

  @Test
  void spanish_receiving_is_a_visit_only_with_a_person_after_it() {
    TriggerMatcher es = new TriggerMatcher(TriggerLexicon.shipped("es").orElseThrow());
    assertThat(es.find(List.of("venezuela", "recibio", "el", "primer", "lote"))).isEmpty();
    List<TriggerHit> visit = es.find(List.of("maduro", "recibio", "al", "presidente"));
    assertThat(visit).hasSize(1);
    assertThat(visit.get(0).entry().type()).isEqualTo(PloverType.CONSULT);
  }

  @Test
  void no_trigger_starts_at_an_excluded_phrase() throws Exception {
    Set<String> exclusions = new HashSet<>();
    List<TriggerEntry> entries =
        TriggerLexicon.parse(
            new BufferedReader(new StringReader("sought\tREQUEST\t-\tv\n!sought to\n")),
            "t",
            exclusions);
    TriggerMatcher matcher = new TriggerMatcher(new TriggerLexicon(entries, exclusions));
    assertThat(matcher.find(List.of("he", "sought", "to", "paint", "her"))).isEmpty();
    assertThat(matcher.find(List.of("kyiv", "sought", "more", "arms"))).hasSize(1);
  }

  @Test
  void legacy_plover_names_map_to_current_types() {
    assertThat(PloverType.parse("FIGHT")).contains(PloverType.ASSAULT);
    assertThat(PloverType.parse("demand")).contains(PloverType.REQUEST);
    assertThat(PloverType.parse("DISAPPROVE")).contains(PloverType.ACCUSE);
    assertThat(PloverType.parse("MEET")).isEmpty();
  }
}
