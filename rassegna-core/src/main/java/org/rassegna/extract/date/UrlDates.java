package org.rassegna.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a page's URL path, where many CMSs put the publication day: {@code /2022/01/21/}, {@code
 * /2022-01-21-slug}, {@code _20220121_}. A path with only a year and month ({@code /2022/01/})
 * gives a month, which is not a publication day but tells which days are plausible.
 */
final class UrlDates {
  private static final Pattern SLASHED =
      Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?=[/?#.]|$)");
  private static final Pattern SEPARATED =
      Pattern.compile("(?<![\\d])((?:19|20)\\d{2})[_.-](\\d{2})[_.-](\\d{2})(?![\\d])");
  private static final Pattern COMPACT =
      Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?![\\d])");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(?<![\\d])(\\d{2})[_.-](\\d{2})[_.-]((?:19|20)\\d{2})(?![\\d])");
  private static final Pattern MONTH = Pattern.compile("/((?:19|20)\\d{2})[/_-](\\d{1,2})(?:/|$)");

  private UrlDates() {}

  /** The day written in the URL's path. */
  static Optional<LocalDate> day(String url) {
    String path = path(url);
    return first(SLASHED.matcher(path), 1, 2, 3)
        .or(() -> first(SEPARATED.matcher(path), 1, 2, 3))
        .or(() -> first(COMPACT.matcher(path), 1, 2, 3))
        .or(() -> first(DAY_FIRST.matcher(path), 3, 2, 1));
  }

  /** The year and month written in the URL's path, with or without a day. */
  static Optional<YearMonth> month(String url) {
    Optional<LocalDate> d = day(url);
    if (d.isPresent()) {
      return d.map(YearMonth::from);
    }
    Matcher m = MONTH.matcher(path(url));
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> first(Matcher m, int year, int month, int day) {
    while (m.find()) {
      try {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(year)),
                Integer.parseInt(m.group(month)),
                Integer.parseInt(m.group(day))));
      } catch (DateTimeException e) {
        // not a date after all (an article number); look further along the path
      }
    }
    return Optional.empty();
  }

  /** The URL without scheme and host, so a host name's digits are never read as a date. */
  private static String path(String url) {
    int scheme = url.indexOf("://");
    int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    return slash < 0 ? "" : url.substring(slash);
  }
}
