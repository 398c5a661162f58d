package org.rassegna.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;

/**
 * Parses absolute dates written in a short piece of text: a dateline, a byline, a meta value.
 *
 * <p>Understands ISO-8601 with times and offsets, RFC-1123, all-numeric dates ({@code 21.01.2022},
 * {@code 21/01/2022}, {@code 2022/01/21}) and written-out months in English, Italian, Spanish,
 * French, German, Portuguese, Russian and a dozen more European languages (see {@link MonthNames}),
 * in day-month-year and month-day-year order ({@code 21. Januar 2022}, {@code 21 de enero de 2022},
 * {@code January 21, 2022}). A clock time written right after the date ({@code 14:30}, {@code 2:30
 * pm}, {@code 14h30}, {@code 14.30 Uhr}) is kept, with its offset when one is given. Impossible
 * dates (31 February) and implausible years (before {@value #EARLIEST_YEAR} or more than a year
 * ahead) are skipped, never thrown.
 */
public final class DateParser {
  /** News on the web starts here; earlier years in page text are history, not publication. */
  public static final int EARLIEST_YEAR = 1995;

  private static final int MAX_SCAN_CHARS = 200_000;
  private static final int TIME_WINDOW = 48;
  private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern ISO =
      Pattern.compile(
          "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:(?:T|\\s+)(\\d{2}):(\\d{2})(?::(\\d{1,2})(?:[.,]\\d{1,9})?)?"
              + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?(?!\\d)");
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(?<![\\d.])(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d.,/:])(\\d{1,2})(\\.\\s?|/|-)(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|º|°|er|st|nd|rd|th)?[\\s/-]*(?:de\\s+)?(\\p{L}{3,})\\.?"
              + "[\\s/,-]*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)",
          CASE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<!\\p{L})(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(\\d{4})(?!\\d)",
          CASE);
  private static final Pattern CJK = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern TIME =
      Pattern.compile(
          "\\s*(?:г\\.?\\s*)?(?:[,|/–—-]\\s*)?(?:(?:um|at|à|a\\s+las|alle(?:\\s+ore)?|ore|às|om|kl\\.?|в|o)\\s+)?"
              + "(\\d{1,2})(?:[:h]|\\.(?=\\d{2}\\s*(?:uhr|h)\\b))(\\d{2})(?::(\\d{2}))?(?:[.,]\\d{1,9})?"
              + "\\s*(a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?)?\\s*(?:uhr\\b|h\\b)?\\s*(z\\b|utc\\b|gmt\\b|[+-]\\d{2}:?\\d{2})?",
          CASE);

  private DateParser() {}

  /** The first absolute date in {@code text}, with its time when one is written next to it. */
  public static Optional<PublicationDate> parse(String text, DateSource source) {
    return parse(text, source, NumericOrder.DAY_FIRST);
  }

  /** As {@link #parse(String, DateSource)}, reading all-numeric dates in {@code order}. */
  public static Optional<PublicationDate> parse(
      String text, DateSource source, NumericOrder order) {
    List<PublicationDate> all = findAll(text, source, order, 1);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Up to {@code limit} dates in {@code text}, in the order they are written. Only the first
   * {@value #MAX_SCAN_CHARS} characters are read, which keeps the cost bounded on huge inputs.
   */
  public static List<PublicationDate> findAll(
      String text, DateSource source, NumericOrder order, int limit) {
    return locate(text, order, limit).stream().map(l -> l.date().withSource(source)).toList();
  }

  /** A date found in a text, with where it starts and ends. */
  record Located(int start, int end, PublicationDate date) {}

  /** As {@link #findAll}, with each date's position; the dates' source is {@code TEXT}. */
  static List<Located> locate(String text, NumericOrder order, int limit) {
    String s = text.length() > MAX_SCAN_CHARS ? text.substring(0, MAX_SCAN_CHARS) : text;
    List<Found> found = new ArrayList<>();
    scan(ISO, s, found, m -> iso(m));
    scan(YEAR_FIRST, s, found, m -> day(m.group(1), m.group(3), m.group(4)));
    scan(NUMERIC, s, found, m -> numeric(m, order));
    scan(DAY_MONTH_YEAR, s, found, m -> named(m.group(1), m.group(2), m.group(3)));
    scan(MONTH_DAY_YEAR, s, found, m -> named(m.group(2), m.group(1), m.group(3)));
    scan(CJK, s, found, m -> day(m.group(1), m.group(2), m.group(3)));
    found.sort(Comparator.comparingInt(Found::start));
    List<Located> out = new ArrayList<>();
    int consumed = 0;
    for (Found f : found) {
      if (out.size() >= limit) {
        break;
      }
      if (f.start() < consumed) {
        continue;
      }
      consumed = f.end();
      PublicationDate d = f.date().time().isPresent() ? f.date() : withTime(f.date(), s, f.end());
      out.add(new Located(f.start(), f.end(), d));
    }
    return out;
  }

  /** A date with the earliest and latest plausible publication days. */
  static boolean plausible(LocalDate d, LocalDate latest) {
    return d.getYear() >= EARLIEST_YEAR && !d.isAfter(latest);
  }

  private interface Reader {
    Optional<PublicationDate> read(Matcher m);
  }

  private record Found(int start, int end, PublicationDate date) {}

  private static void scan(Pattern p, String s, List<Found> found, Reader reader) {
    Matcher m = p.matcher(s);
    LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusYears(1);
    while (m.find()) {
      Optional<PublicationDate> d = reader.read(m);
      if (d.isPresent() && plausible(d.get().date(), latest)) {
        found.add(new Found(m.start(), m.end(), d.get()));
      }
    }
  }

  private static Optional<PublicationDate> iso(Matcher m) {
    Optional<PublicationDate> day = day(m.group(1), m.group(2), m.group(3));
    if (day.isEmpty() || m.group(4) == null) {
      return day;
    }
    Optional<LocalTime> time = time(m.group(4), m.group(5), m.group(6), null);
    if (time.isEmpty()) {
      return day;
    }
    return Optional.of(
        new PublicationDate(day.get().date(), time, offset(m.group(7)), day.get().source()));
  }

  private static Optional<PublicationDate> numeric(Matcher m, NumericOrder order) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    boolean monthFirst =
        !m.group(2).startsWith(".")
            && (order == NumericOrder.MONTH_FIRST ? a <= 12 : a <= 12 && b > 12);
    String year = m.group(4);
    if (year.length() == 2) {
      int yy = Integer.parseInt(year);
      int thisYear = LocalDate.now(ZoneOffset.UTC).getYear() % 100;
      year = String.valueOf(yy <= thisYear + 1 ? 2000 + yy : 1900 + yy);
    }
    return monthFirst ? day(year, m.group(1), m.group(3)) : day(year, m.group(3), m.group(1));
  }

  private static Optional<PublicationDate> named(String day, String monthWord, String year) {
    OptionalInt month = MonthNames.month(monthWord);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    return day(year, String.valueOf(month.getAsInt()), day);
  }

  private static Optional<PublicationDate> day(String year, String month, String day) {
    try {
      LocalDate d =
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return Optional.of(PublicationDate.ofDay(d, DateSource.TEXT));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The date with the clock time written right after it, when there is one. */
  private static PublicationDate withTime(PublicationDate d, String s, int from) {
    Matcher m = TIME.matcher(s);
    m.region(from, Math.min(s.length(), from + TIME_WINDOW));
    if (!m.lookingAt()) {
      return d;
    }
    Optional<LocalTime> time = time(m.group(1), m.group(2), m.group(3), m.group(4));
    if (time.isEmpty()) {
      return d;
    }
    return new PublicationDate(d.date(), time, offset(m.group(5)), d.source());
  }

  private static Optional<LocalTime> time(String h, String min, String sec, String meridiem) {
    int hour = Integer.parseInt(h);
    if (meridiem != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
      hour = hour % 12 + (pm ? 12 : 0);
    }
    try {
      return Optional.of(
          LocalTime.of(hour, Integer.parseInt(min), sec == null ? 0 : Integer.parseInt(sec)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<ZoneOffset> offset(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.toUpperCase(Locale.ROOT);
    if (t.equals("Z") || t.equals("UTC") || t.equals("GMT")) {
      return Optional.of(ZoneOffset.UTC);
    }
    try {
      return Optional.of(ZoneOffset.of(t));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
