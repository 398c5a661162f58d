package org.rassegna.store.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rassegna.nlp.AnnotatedArticle;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;
import org.rassegna.nlp.event.EventActor;
import org.rassegna.nlp.event.PoliticalEvent;
import org.rassegna.nlp.quote.Quote;
import org.rassegna.nlp.quote.Speaker;

/**
 * The one place where an {@link AnnotatedArticle} becomes the corpus's rows: the language columns,
 * one {@link StoredMention} per entity mention, one {@link StoredQuote} per quote and one {@link
 * StoredEvent} per coded event. A new kind of annotation adds its list to {@link StoredEnrichment}
 * and its mapping here, and its table beside {@code mentions}.
 */
public final class EnrichmentRows {
  private EnrichmentRows() {}

  public static StoredEnrichment of(AnnotatedArticle a) {
    return new StoredEnrichment(
        StoredEnrichment.Status.ENRICHED,
        a.language(),
        Optional.of(a.languageConfidence()),
        Optional.empty(),
        mentions(a),
        quotes(a),
        events(a));
  }

  /** The quotes in body order, each with the sentence it starts in. */
  static List<StoredQuote> quotes(AnnotatedArticle a) {
    List<StoredQuote> out = new ArrayList<>();
    for (Quote q : a.quotes()) {
      out.add(
          new StoredQuote(
              q.text(),
              q.start(),
              q.end(),
              q.direct(),
              q.speaker().flatMap(Speaker::entityId),
              q.speaker().map(Speaker::name),
              q.verb(),
              sentenceOf(a.sentences(), q.start())));
    }
    return out;
  }

  /** The events in the order the annotator gave them (text order). */
  static List<StoredEvent> events(AnnotatedArticle a) {
    List<StoredEvent> out = new ArrayList<>();
    for (PoliticalEvent e : a.events()) {
      out.add(
          new StoredEvent(
              e.type().name(),
              e.mode(),
              e.source().map(EnrichmentRows::actor),
              e.target().map(EnrichmentRows::actor),
              e.date(),
              e.negated(),
              e.hypothetical(),
              e.start(),
              e.end(),
              e.confidence()));
    }
    return out;
  }

  private static StoredActor actor(EventActor a) {
    return new StoredActor(a.entityId(), a.name(), a.country(), a.sector());
  }

  /** Every mention of every entity, ordered by position in the text. */
  static List<StoredMention> mentions(AnnotatedArticle a) {
    List<Span> sentences = a.sentences();
    List<StoredMention> out = new ArrayList<>();
    for (LinkedEntity e : a.entities()) {
      for (EntityMention m : e.mentions()) {
        out.add(
            new StoredMention(
                e.id(),
                e.name(),
                e.type().name(),
                e.country(),
                e.role(),
                m.start(),
                m.end(),
                m.text(),
                sentenceOf(sentences, m.start())));
      }
    }
    out.sort(Comparator.comparingInt(StoredMention::start).thenComparingInt(StoredMention::end));
    return out;
  }

  /** The index of the last sentence starting at or before the offset (sentences are in order). */
  static Optional<Integer> sentenceOf(List<Span> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? Optional.empty() : Optional.of(found);
  }
}
