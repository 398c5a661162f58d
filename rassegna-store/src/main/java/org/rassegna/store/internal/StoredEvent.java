package org.rassegna.store.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One coded political event as the corpus stores it: a row of {@code events}.
 *
 * @param type the PLOVER type name ({@code CONSULT}, {@code ACCUSE}, …)
 * @param mode the PLOVER mode where the text tells it ({@code phone}, {@code visit}, …)
 * @param source who acted
 * @param target whom the act was aimed at
 * @param date the day the event happened
 * @param negated the text says it did not happen
 * @param hypothetical the event is conditional, possible or planned
 * @param start start of the sentence that tells the event
 * @param end end of that sentence
 * @param confidence 0..1, the coder's trust in the record
 */
public record StoredEvent(
    String type,
    Optional<String> mode,
    Optional<StoredActor> source,
    Optional<StoredActor> target,
    Optional<LocalDate> date,
    boolean negated,
    boolean hypothetical,
    int start,
    int end,
    double confidence) {

  public StoredEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(date, "date");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad event span [" + start + "," + end + ")");
    }
  }
}
