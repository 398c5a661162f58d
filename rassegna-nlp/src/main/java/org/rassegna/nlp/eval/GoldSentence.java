package org.rassegna.nlp.eval;

import java.util.List;
import java.util.Objects;
import org.rassegna.nlp.event.PloverType;

/**
 * One event-coded sentence of a gold set, with the PLOVER types of its events in the order given
 * (the first is the main one).
 */
public record GoldSentence(String set, String language, String text, List<PloverType> types) {
  public GoldSentence {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    types = List.copyOf(types);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("gold sentence without event types: " + text);
    }
  }
}
