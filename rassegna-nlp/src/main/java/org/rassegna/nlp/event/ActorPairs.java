package org.rassegna.nlp.event;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the events of one sentence to one per pair of actors, and an actor from being its own
 * counterpart. Why: a news sentence tells one event per pair of actors, and its other trigger words
 * mostly describe that one; two mentions of one country and sector are mostly one actor named
 * twice.
 */
final class ActorPairs {
  private ActorPairs() {}

  /**
   * Whether a sentence already has an event between these actors, in either direction, or between
   * actors of the same two countries ("la cooperazione russo-venezuelana ... il partenariato"), of
   * any type: a news sentence tells one event per pair of actors, and its other trigger words
   * mostly describe that one ("accused ... of attacking", "denied ... having helped"); keeping one
   * per pair lifted precision on both development sets.
   */
  static boolean repeats(PoliticalEvent e, List<PoliticalEvent> earlier) {
    for (PoliticalEvent o : earlier) {
      boolean same = sameActor(e.source(), o.source()) && sameActor(e.target(), o.target());
      boolean swapped = sameActor(e.source(), o.target()) && sameActor(e.target(), o.source());
      if (same || swapped || sameCountries(e, o)) {
        return true;
      }
    }
    return false;
  }

  /** Both actors placed, in the same countries: one event told twice ("asked ... requests"). */
  private static boolean sameCountries(PoliticalEvent a, PoliticalEvent b) {
    Optional<String> as = a.source().flatMap(EventActor::country);
    Optional<String> at = a.target().flatMap(EventActor::country);
    return as.isPresent()
        && at.isPresent()
        && as.equals(b.source().flatMap(EventActor::country))
        && at.equals(b.target().flatMap(EventActor::country));
  }

  private static boolean sameActor(Optional<EventActor> a, Optional<EventActor> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    return a.get().name().equals(b.get().name()) && a.get().entityId().equals(b.get().entityId());
  }

  /**
   * The target, unless it is of the source's country and sector: then it is the same actor named
   * twice ("il governo israeliano ... il premier di Israele", "l'esercito israeliano ... Tsahal"),
   * and an event of an actor on itself is no event between two.
   */
  static Optional<EventActor> distinctTarget(
      Optional<EventActor> source, Optional<EventActor> target) {
    if (source.isPresent()
        && target.isPresent()
        && source.get().country().isPresent()
        && source.get().country().equals(target.get().country())
        && source.get().sector().isPresent()
        && source.get().sector().equals(target.get().sector())) {
      return Optional.empty();
    }
    return target;
  }

  /**
   * The target, unless it directly follows the source and shares its country: two mentions side by
   * side are one actor named by title and name ("il ministro del Lavoro e delle Politiche Sociali
   * Maurizio Sacconi", "the Justice Ministry's spokesman John Smith"), not two parties.
   */
  static Optional<ActorMention> notApposed(
      Optional<ActorMention> source, Optional<ActorMention> target) {
    boolean apposed =
        source.isPresent()
            && target.isPresent()
            && target.get().first() == source.get().last() + 1
            && source.get().country().isPresent()
            && source.get().country().equals(target.get().country());
    return apposed ? Optional.empty() : target;
  }
}
