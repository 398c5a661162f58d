package org.rassegna.nlp.event;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the day of an event from the date words of its sentence and the publication day: "ieri"
 * is the day before publication, "on Monday" and "el miércoles" the latest such weekday on or
 * before it, "20 gennaio" that day of the publication year (of the year before when that would lie
 * more than a week after publication). Of several date words the one nearest the trigger wins.
 * Without a date word the event gets the publication day; without a publication day only a date
 * with its year resolves.
 */
final class EventDates {
  /** A day-month date this far after publication is taken to be of the previous year. */
  private static final int FUTURE_SLACK_DAYS = 7;

  /** A day number may sit this many words from its month ("20 de enero"). */
  private static final int DAY_MONTH_GAP = 2;

  private static final List<String> ORDINAL_SUFFIXES =
      List.of("er", "st", "nd", "rd", "th", "º", "°", "o");

  private EventDates() {}

  static Optional<LocalDate> resolve(
      List<String> keys, int triggerFirst, int triggerLast, Optional<LocalDate> published) {
    return resolve(keys, triggerFirst, triggerLast, List.of(), published);
  }

  /**
   * As {@link #resolve(List, int, int, Optional)}, but a date word nearer to one of the {@code
   * others} triggers ({@code [first, last]} pairs in the same key list) than to this one is that
   * trigger's date and is skipped: in "since the attack of 7 October, the bombing has killed ..."
   * the day belongs to the attack, not to the bombing.
   */
  static Optional<LocalDate> resolve(
      List<String> keys,
      int triggerFirst,
      int triggerLast,
      List<int[]> others,
      Optional<LocalDate> published) {
    Optional<LocalDate> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < keys.size(); i++) {
      Optional<LocalDate> d = dateAt(keys, i, published);
      int distance = distance(i, triggerFirst, triggerLast);
      if (d.isPresent() && distance < bestDistance && !claimed(i, distance, others)) {
        best = d;
        bestDistance = distance;
      }
    }
    return best.isPresent() ? best : published;
  }

  private static int distance(int i, int first, int last) {
    return i < first ? first - i : Math.max(0, i - last);
  }

  private static boolean claimed(int i, int distance, List<int[]> others) {
    for (int[] o : others) {
      if (distance(i, o[0], o[1]) < distance) {
        return true;
      }
    }
    return false;
  }

  private static Optional<LocalDate> dateAt(List<String> keys, int i, Optional<LocalDate> pub) {
    String k = keys.get(i);
    Integer offset = DateWords.RELATIVE.get(k);
    if (offset != null) {
      boolean dayBefore = i > 0 && k.equals(DateWords.DAY_BEFORE.get(keys.get(i - 1)));
      return pub.map(p -> p.plusDays(dayBefore ? offset - 1 : offset));
    }
    DayOfWeek wd = DateWords.WEEKDAYS.get(k);
    if (wd != null && weekdayStandsAlone(keys, i)) {
      return pub.map(p -> p.with(TemporalAdjusters.previousOrSame(wd)));
    }
    Integer month = DateWords.MONTHS.get(k);
    return month == null ? Optional.empty() : dayOfMonth(keys, i, month, pub);
  }

  private static boolean weekdayStandsAlone(List<String> keys, int i) {
    return !DateWords.NEEDS_FEIRA.contains(keys.get(i))
        || (i + 1 < keys.size() && "feira".equals(keys.get(i + 1)));
  }

  /** "20 gennaio", "January 20", "20 de enero de 2022": the day number near a month name. */
  private static Optional<LocalDate> dayOfMonth(
      List<String> keys, int m, int month, Optional<LocalDate> pub) {
    int day = -1;
    for (int j = Math.max(0, m - DAY_MONTH_GAP); j <= m + 1 && j < keys.size() && day < 0; j++) {
      day = j == m ? -1 : number(withoutOrdinal(keys.get(j)), 1, 31);
    }
    if (day < 0) {
      return Optional.empty();
    }
    int year = -1;
    for (int j = m + 1; j <= m + 3 && j < keys.size() && year < 0; j++) {
      year = number(keys.get(j), 1900, 2100);
    }
    try {
      if (year > 0) {
        return Optional.of(LocalDate.of(year, month, day));
      }
      if (pub.isEmpty()) {
        return Optional.empty();
      }
      LocalDate d = LocalDate.of(pub.get().getYear(), month, day);
      return Optional.of(d.isAfter(pub.get().plusDays(FUTURE_SLACK_DAYS)) ? d.minusYears(1) : d);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "1er", "1st", "2nd", "20th", "1º" without their ordinal ending. */
  private static String withoutOrdinal(String key) {
    for (String suffix : ORDINAL_SUFFIXES) {
      if (key.length() > suffix.length() && key.endsWith(suffix)) {
        return key.substring(0, key.length() - suffix.length());
      }
    }
    return key;
  }

  /** The value of an all-digit key within [min, max], else -1. */
  private static int number(String key, int min, int max) {
    if (key.isEmpty() || key.length() > 4) {
      return -1;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return -1;
      }
    }
    int v = Integer.parseInt(key);
    return v >= min && v <= max ? v : -1;
  }
}
