package org.rassegna.store.internal;

import java.util.Optional;

/**
 * Chooses an article's {@code language}, the one its text is analysed and filtered by. The page's
 * declared language (markup, feed) is often a site-wide template value, while the detector reads
 * the body itself; so a language detected from the body with at least {@link #TRUSTED} confidence
 * wins, otherwise the declared one stands, and without either the detector's weaker guess is used.
 */
public final class LanguageChoice {
  /** Confidence from which the detected language overrides the declared one. */
  public static final double TRUSTED = 0.8;

  private LanguageChoice() {}

  /**
   * @param declared the page's own language, primary subtag
   * @param enrichment what enrichment found; without enrichment the declared language stands
   */
  public static Optional<String> of(Optional<String> declared, StoredEnrichment enrichment) {
    Optional<String> detected = enrichment.detectedLanguage();
    double confidence = enrichment.languageConfidence().orElse(0.0);
    if (detected.isPresent() && confidence >= TRUSTED) {
      return detected;
    }
    return declared.isPresent() ? declared : detected;
  }
}
