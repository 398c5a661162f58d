package org.rassegna.nlp.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.rassegna.nlp.Span;

/**
 * One coded event: who did what to whom and when, with the sentence that says so.
 *
 * @param mode the PLOVER mode where the text tells it ({@code phone}, {@code visit}, {@code demo},
 *     ...)
 * @param date the day the event happened: a date word of the sentence resolved against the
 *     publication day, else the publication day itself; empty without either
 * @param negated the sentence says the event did not happen ("non hanno discusso")
 * @param hypothetical the event is conditional, possible, planned or denied as excluded ("would not
 *     exclude", "potrebbe")
 * @param start start of the sentence in the article body
 * @param end end of the sentence
 * @param trigger the words that signal the event
 * @param confidence 0..1, how much the coder trusts the whole record
 */
public record PoliticalEvent(
    PloverType type,
    Optional<String> mode,
    Optional<EventActor> source,
    Optional<EventActor> target,
    Optional<LocalDate> date,
    boolean negated,
    boolean hypothetical,
    int start,
    int end,
    Span trigger,
    double confidence) {

  public PoliticalEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(trigger, "trigger");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence span [" + start + "," + end + ")");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }
}
