package org.rassegna.extract.date;

import java.util.Locale;
import java.util.Set;

/**
 * Which number comes first in an all-numeric date such as {@code 03/04/2022}. Most of the world
 * writes the day first; the United States writes the month first. When a date cannot be read the
 * preferred way (a first number over 12), the other order is used.
 */
public enum NumericOrder {
  DAY_FIRST,
  MONTH_FIRST;

  private static final Set<String> DAY_FIRST_ENGLISH_REGIONS =
      Set.of("gb", "uk", "ie", "au", "nz", "in", "za", "ng", "ke", "pk", "sg");

  /**
   * The order for a page in language {@code tag} (a BCP-47 or POSIX tag such as {@code en-US},
   * {@code en_GB}, {@code de}) served from a host ending in top-level domain {@code tld} (may be
   * empty). English without a region is taken as American unless the domain is Commonwealth.
   */
  public static NumericOrder forLanguage(String tag, String tld) {
    String[] parts = tag.strip().toLowerCase(Locale.ROOT).split("[-_]");
    if (!parts[0].equals("en")) {
      return DAY_FIRST;
    }
    if (parts.length > 1) {
      return parts[1].equals("us") ? MONTH_FIRST : DAY_FIRST;
    }
    return DAY_FIRST_ENGLISH_REGIONS.contains(tld.toLowerCase(Locale.ROOT))
        ? DAY_FIRST
        : MONTH_FIRST;
  }
}
