package org.rassegna.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;
import org.rassegna.nlp.quote.Quote;
import org.rassegna.nlp.quote.Speaker;

/**
 * The speaker of a quote is the source of an event told inside the quote when the quote's words
 * name no source: in «Risponderemo con fermezza agli attacchi contro la Russia», ha detto Lavrov,
 * the one who will respond is the speaker's side. Only speakers the article places in a country
 * count, since an actor without a country adds nothing to the coded event; an event whose actor is
 * the speaker already is left as it is.
 */
final class QuoteSources {
  private QuoteSources() {}

  /** The events, each inside an attributed quote that names no source given its speaker. */
  static List<PoliticalEvent> apply(
      List<PoliticalEvent> events,
      List<Quote> quotes,
      List<LinkedEntity> entities,
      Predicate<PoliticalEvent> nominal) {
    if (quotes.isEmpty()) {
      return events;
    }
    List<PoliticalEvent> out = new ArrayList<>(events.size());
    for (PoliticalEvent e : events) {
      out.add(withSpeaker(e, quotes, entities, nominal.test(e)));
    }
    return out;
  }

  /**
   * The event with the speaker of the quote around its trigger as source, when the quote names no
   * source before the trigger: an actor the coder took as source only because nothing came before
   * the verb ("«We will impose sanctions on Iran», Blinken said") becomes the target.
   */
  private static PoliticalEvent withSpeaker(
      PoliticalEvent e, List<Quote> quotes, List<LinkedEntity> entities, boolean nominal) {
    for (Quote q : quotes) {
      for (Span p : q.parts()) {
        if (p.start() <= e.trigger().start()
            && e.trigger().end() <= p.end()
            && q.speaker().isPresent()
            && noSourceBefore(e, p, nominal)) {
          Optional<EventActor> speaker = actor(q.speaker().get(), entities);
          return speaker.isPresent() ? withSource(e, speaker.get()) : e;
        }
      }
    }
    return e;
  }

  /**
   * Whether the quote names no source for the event: none was found, or, for a verb, the one found
   * comes after it inside the quote. The actors after a noun are its own participants ("la
   * cooperazione russo-venezuelana", "il dispiegamento di forze russe in Venezuela") and stay.
   */
  private static boolean noSourceBefore(PoliticalEvent e, Span part, boolean nominal) {
    if (e.source().isEmpty()) {
      return true;
    }
    return !nominal
        && e.source().get().start() >= e.trigger().end()
        && e.source().get().end() <= part.end();
  }

  /** The speaker as an actor: its entity, found by id or by a mention over its words. */
  private static Optional<EventActor> actor(Speaker s, List<LinkedEntity> entities) {
    for (LinkedEntity e : entities) {
      boolean byId = s.entityId().isPresent() && s.entityId().equals(e.id());
      boolean byWords = e.mentions().stream().anyMatch(m -> overlaps(m, s));
      if ((byId || byWords) && e.country().isPresent()) {
        return Optional.of(
            new EventActor(
                e.id(),
                e.name(),
                e.country(),
                Optional.empty(),
                s.start(),
                Math.max(s.start(), s.end())));
      }
    }
    return Optional.empty();
  }

  private static boolean overlaps(EntityMention m, Speaker s) {
    return m.start() < s.end() && s.start() < m.end();
  }

  private static boolean sameActor(EventActor a, EventActor b) {
    return a.entityId().isPresent() ? a.entityId().equals(b.entityId()) : a.name().equals(b.name());
  }

  /** The event with {@code speaker} as source; a source after the trigger becomes the target. */
  private static PoliticalEvent withSource(PoliticalEvent e, EventActor speaker) {
    Optional<EventActor> target = e.source().isPresent() ? e.source() : e.target();
    if (target.filter(t -> sameActor(t, speaker)).isPresent()) {
      return e;
    }
    return new PoliticalEvent(
        e.type(),
        e.mode(),
        Optional.of(speaker),
        target,
        e.date(),
        e.negated(),
        e.hypothetical(),
        e.start(),
        e.end(),
        e.trigger(),
        e.confidence());
  }
}
