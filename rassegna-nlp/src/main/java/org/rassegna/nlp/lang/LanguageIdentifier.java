package org.rassegna.nlp.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Identifies the language of an article body with Lingua, restricted to a fixed set of languages so
 * that models stay small and look-alike languages outside the set cannot win.
 *
 * <p>Contract: bodies with fewer than {@link #MIN_LETTERS} letters are too short to judge; for them
 * the page's declared language is returned with confidence 0. Only the first {@link #MAX_CHARS}
 * characters are read: a news body settles its language long before that, and Lingua's cost grows
 * with the text. Thread-safe.
 */
public final class LanguageIdentifier {

  /** The languages rassegna supports by default. */
  public static final List<String> DEFAULT_LANGUAGES =
      List.of("it", "en", "es", "fr", "de", "pt", "ru", "nl", "pl");

  public static final int MIN_LETTERS = 20;
  public static final int MAX_CHARS = 3000;

  private final LanguageDetector detector;
  private final Set<String> codes;

  private LanguageIdentifier(LanguageDetector detector, Set<String> codes) {
    this.detector = detector;
    this.codes = codes;
  }

  /** A detector over the given ISO 639-1 codes, all models loaded now rather than on first use. */
  public static LanguageIdentifier of(List<String> isoCodes) {
    List<Language> languages = new ArrayList<>();
    for (String code : isoCodes) {
      IsoCode639_1 iso;
      try {
        iso = IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown ISO 639-1 language code '" + code + "'", e);
      }
      languages.add(Language.getByIsoCode639_1(iso));
    }
    if (languages.size() < 2) {
      throw new IllegalArgumentException("need at least two languages, got " + isoCodes);
    }
    LanguageDetector d =
        LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
            .withPreloadedLanguageModels()
            .build();
    return new LanguageIdentifier(d, Set.copyOf(isoCodes));
  }

  public static LanguageIdentifier defaults() {
    return of(DEFAULT_LANGUAGES);
  }

  public Set<String> languages() {
    return codes;
  }

  /**
   * The body's language; when the body is too short or undecided, the declared one (if given) with
   * confidence 0.
   */
  public LanguageGuess identify(String body, Optional<String> declared) {
    String text = body.length() > MAX_CHARS ? body.substring(0, MAX_CHARS) : body;
    LanguageGuess fallback = new LanguageGuess(declared.map(LanguageIdentifier::primary), 0);
    if (letters(text) < MIN_LETTERS) {
      return fallback;
    }
    SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(text);
    if (values.isEmpty()) {
      return fallback;
    }
    Map.Entry<Language, Double> best = null;
    for (Map.Entry<Language, Double> e : values.entrySet()) {
      if (best == null || e.getValue() > best.getValue()) {
        best = e;
      }
    }
    if (best.getKey() == Language.UNKNOWN || best.getValue() <= 0) {
      return fallback;
    }
    String code = best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    return new LanguageGuess(Optional.of(code), Math.min(1.0, best.getValue()));
  }

  private static String primary(String tag) {
    int cut = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
    return (cut > 0 ? tag.substring(0, cut) : tag).toLowerCase(Locale.ROOT);
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
