package org.rassegna.nlp.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps one record per event of an article: the first of the events with the same type, source
 * country, target country, day and modality. News text tells its main event several times ("the
 * army said it struck a cell ... the soldiers targeted another cell ... a raid hit a Hezbollah
 * site"), and counting each telling as an event inflates the dyad's count; the PETRARCH/Phoenix
 * pipelines apply the same "one-a-day" filter per story. Linear in the number of events.
 */
final class OneADay {
  private OneADay() {}

  private record Key(
      PloverType type,
      Optional<String> source,
      Optional<String> target,
      Optional<LocalDate> date,
      boolean negated,
      boolean hypothetical) {}

  /** The events in their order, each repeat of an earlier one's key left out. */
  static List<PoliticalEvent> filter(List<PoliticalEvent> events) {
    Set<Key> seen = new HashSet<>();
    List<PoliticalEvent> out = new ArrayList<>(events.size());
    for (PoliticalEvent e : events) {
      if (seen.add(key(e))) {
        out.add(e);
      }
    }
    return out;
  }

  private static Key key(PoliticalEvent e) {
    return new Key(
        e.type(),
        e.source().flatMap(EventActor::country),
        e.target().flatMap(EventActor::country),
        e.date(),
        e.negated(),
        e.hypothetical());
  }
}
