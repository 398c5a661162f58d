package org.rassegna.nlp.lang;

import java.util.Objects;
import java.util.Optional;

/**
 * A language decision: an ISO 639-1 code, or none, with the detector's confidence (0 when the code
 * was not detected from the text itself but taken from the page markup).
 */
public record LanguageGuess(Optional<String> language, double confidence) {
  public LanguageGuess {
    Objects.requireNonNull(language, "language");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }

  public static LanguageGuess unknown() {
    return new LanguageGuess(Optional.empty(), 0);
  }
}
