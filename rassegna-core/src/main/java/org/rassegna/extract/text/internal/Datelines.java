package org.rassegna.extract.text.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a calendar date (and the clock time written right after it) sits in a short line,
 * without knowing month names: a word between a day and a four-digit year is taken as the month and
 * left to {@code DateParser} to understand. Knowing the span lets the extractor hand the parser
 * only the date and read the rest of a dateline as a byline.
 */
public final class Datelines {

  /** The span of a date in a line, {@code [start, end)}. */
  public record Span(int start, int end) {}

  private static final String YEAR = "(?:19|20)\\d{2}";
  private static final String MONTH_WORD = "\\p{L}{3,}\\.?";
  private static final String DATE =
      "(?:\\d{4}-\\d{1,2}-\\d{1,2}"
          + "|\\d{1,2}[./]\\d{1,2}[./]"
          + YEAR
          + "|\\d{1,2}\\.?(?:\\s+de)?\\s+"
          + MONTH_WORD
          + "(?:\\s+de)?,?\\s+"
          + YEAR
          + "|"
          + MONTH_WORD
          + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+"
          + YEAR
          + ")";
  private static final String TIME =
      "(?:,?\\s*(?:at|alle|ore|à|um|a las|às|-|–|\\|)?\\s*\\d{1,2}[:.h]\\d{2}(?::\\d{2})?"
          + "(?:\\s*[aApP]\\.?[mM]\\.?)?(?:\\s+(?:[A-Z]{1,4}T|UTC|GMT|ET|CET|CEST|MSK)\\b)?)?";
  private static final Pattern DATE_TIME =
      Pattern.compile("(?<![\\p{L}\\d])" + DATE + "(?!\\d)" + TIME);

  private Datelines() {}

  /** The first date of {@code line}, with its time. */
  public static Optional<Span> find(String line) {
    if (line.length() > 400) {
      return Optional.empty();
    }
    Matcher m = DATE_TIME.matcher(line);
    return m.find() ? Optional.of(new Span(m.start(), m.end())) : Optional.empty();
  }
}
