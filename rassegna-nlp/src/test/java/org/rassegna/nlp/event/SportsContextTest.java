package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.kb.AliasKeys;

class SportsContextTest {
  private static int cues(String lang, String text) {
    List<String> keys =
        List.of(text.replaceAll("[.,]", "").split(" ")).stream().map(AliasKeys::token).toList();
    return SportsContext.cues(lang, text, keys);
  }

  @Test
  void match_scores_are_cues() {
    assertThat(cues("en", "Switzerland beat Gibraltar 6-0 and Denmark got a 1 - 1 draw."))
        .isEqualTo(2);
  }

  @Test
  void sports_words_are_cues_in_their_language() {
    assertThat(cues("it", "il calciatore inglese colpito in campo")).isEqualTo(1);
    assertThat(cues("es", "ganar a Argentina en cuartos del torneo")).isEqualTo(2);
  }

  @Test
  void numbers_dates_and_political_text_are_not_cues() {
    assertThat(cues("en", "Russia attacked Ukraine on 24-02-2022 with 150,000-200,000 troops"))
        .isZero();
    assertThat(cues("en", "COVID-19 cases rose 12% in 2019-2020")).isZero();
    assertThat(cues("fr", "la France a condamné l'attaque au milieu de la nuit")).isZero();
  }
}
