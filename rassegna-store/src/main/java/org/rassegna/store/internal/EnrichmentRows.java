package org.rassegna.store.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rassegna.nlp.AnnotatedArticle;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;

/**
 * The one place where an {@link AnnotatedArticle} becomes the corpus's rows: the language columns
 * and one {@link StoredMention} per entity mention. A new kind of annotation (quotes, events) adds
 * its list to {@link StoredEnrichment} and its mapping here, and its table beside {@code mentions}.
 */
public final class EnrichmentRows {
  private EnrichmentRows() {}

  public static StoredEnrichment of(AnnotatedArticle a) {
    return new StoredEnrichment(
        StoredEnrichment.Status.ENRICHED,
        a.language(),
        Optional.of(a.languageConfidence()),
        Optional.empty(),
        mentions(a));
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
