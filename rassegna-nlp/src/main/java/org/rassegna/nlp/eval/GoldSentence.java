package org.rassegna.nlp.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rassegna.nlp.event.PloverType;

/**
 * One event-coded sentence of a gold set, with the PLOVER types of its events in the order given
 * (the first is the main one) and the countries of the main event's actors.
 *
 * @param source ISO 3166-1 alpha-3 country of the main event's source; empty when the gold gives
 *     none or an actor of no country (an international body, an unnamed group)
 * @param target the same for the target
 */
public record GoldSentence(
    String set,
    String language,
    String text,
    List<PloverType> types,
    Optional<String> source,
    Optional<String> target) {
  public GoldSentence {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    types = List.copyOf(types);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("gold sentence without event types: " + text);
    }
  }

  /** A sentence whose gold names no actor country. */
  public GoldSentence(String set, String language, String text, List<PloverType> types) {
    this(set, language, text, types, Optional.empty(), Optional.empty());
  }

  /** Whether the gold places at least one actor of the main event in a country. */
  public boolean hasActorCountry() {
    return source.isPresent() || target.isPresent();
  }
}
