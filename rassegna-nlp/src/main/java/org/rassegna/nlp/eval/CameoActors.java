package org.rassegna.nlp.eval;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The country of a CAMEO actor code: CAMEO codes start with the ISO 3166-1 alpha-3 code of the
 * actor's country ({@code USAGOV}, {@code RUSMIL}, {@code COLREB}); codes for no country ({@code
 * ---LEG}, {@code ~CVL}, {@code IGOUNO}, regions such as {@code AFR}) give none. The JDK's list of
 * ISO codes decides, so a region code is never taken for a country.
 */
final class CameoActors {
  private static final Set<String> ISO =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  private CameoActors() {}

  static Optional<String> country(String code) {
    if (code.length() < 3) {
      return Optional.empty();
    }
    String head = code.substring(0, 3).toUpperCase(Locale.ROOT);
    return ISO.contains(head) ? Optional.of(head) : Optional.empty();
  }
}
