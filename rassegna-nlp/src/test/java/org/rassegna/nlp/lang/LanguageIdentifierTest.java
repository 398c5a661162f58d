package org.rassegna.nlp.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  private static final LanguageIdentifier ID = LanguageIdentifier.of(List.of("it", "en", "es"));

  @Test
  void italian_body_is_italian_even_if_the_markup_says_english() {
    LanguageGuess g =
        ID.identify("Il governo ha approvato ieri la nuova legge di bilancio.", Optional.of("en"));
    assertThat(g.language()).contains("it");
    assertThat(g.confidence()).isGreaterThan(0.5);
  }

  @Test
  void short_body_falls_back_to_the_markup_language_with_zero_confidence() {
    LanguageGuess g = ID.identify("Roma, 12", Optional.of("it-IT"));
    assertThat(g).isEqualTo(new LanguageGuess(Optional.of("it"), 0));
  }

  @Test
  void unknown_code_is_rejected_with_its_name() {
    assertThatThrownBy(() -> LanguageIdentifier.of(List.of("it", "xx")))
        .hasMessageContaining("'xx'");
  }
}
