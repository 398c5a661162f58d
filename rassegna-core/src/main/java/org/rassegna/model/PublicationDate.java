package org.rassegna.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as precise as the page gave it: a day, optionally a time, optionally an offset, and the
 * evidence it came from. Rendered as ISO-8601 ({@code 2022-01-21}, {@code 2022-01-21T14:30}, {@code
 * 2022-01-21T14:30:00+01:00}).
 */
public record PublicationDate(
    LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset, DateSource source) {

  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

  public PublicationDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(source, "source");
    if (offset.isPresent() && time.isEmpty()) {
      throw new IllegalArgumentException("offset given without a time");
    }
  }

  public static PublicationDate ofDay(LocalDate day, DateSource source) {
    return new PublicationDate(day, Optional.empty(), Optional.empty(), source);
  }

  public PublicationDate withSource(DateSource other) {
    return new PublicationDate(date, time, offset, other);
  }

  /** ISO-8601 text, as precise as known. */
  public String iso() {
    if (time.isEmpty()) {
      return date.toString();
    }
    LocalTime t = time.get();
    String clock = t.getSecond() == 0 && t.getNano() == 0 ? t.format(HM) : t.format(HMS);
    return date
        + "T"
        + clock
        + offset.map(ZoneOffset::getId).map(id -> "Z".equals(id) ? "Z" : id).orElse("");
  }
}
