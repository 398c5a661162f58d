package org.rassegna.extract.date;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;

/** Parses absolute dates written in a short piece of text (a dateline, a meta value). */
public final class DateParser {
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private DateParser() {}

  /** The first absolute date in {@code text}, with its time when one is written next to it. */
  public static Optional<PublicationDate> parse(String text, DateSource source) {
    Matcher m = ISO_DAY.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PublicationDate.ofDay(LocalDate.parse(m.group()), source));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
