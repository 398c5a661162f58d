package org.rassegna.store;

import java.util.Objects;
import java.util.Optional;
import org.rassegna.model.Outcome;
import org.rassegna.nlp.AnnotatedArticle;
import org.rassegna.nlp.Annotator;
import org.rassegna.store.internal.EnrichmentRows;
import org.rassegna.store.internal.StoredEnrichment;

/**
 * One input record as the corpus takes it: its extraction outcome and, for an extracted article,
 * what enrichment made of it. Built on the worker threads ({@link #enrich(Outcome, Annotator)} is
 * the expensive part), handed to {@link Corpus#add(CorpusEntry)} in input order.
 *
 * <p>An article whose enrichment throws is still stored, without entities, and counted as {@code
 * enrichment failed}: its text is searchable, nothing is dropped, and the failure is in its row
 * ({@code articles.enrichment = 'failed'}, {@code enrichment_error}) for a later re-ingest to mend.
 */
public final class CorpusEntry {
  private final Outcome outcome;
  private final StoredEnrichment enrichment;

  private CorpusEntry(Outcome outcome, StoredEnrichment enrichment) {
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.enrichment = enrichment;
  }

  /** An outcome without enrichment (skipped and failed records, or enrichment turned off). */
  public static CorpusEntry plain(Outcome outcome) {
    return new CorpusEntry(outcome, StoredEnrichment.none());
  }

  /** An extracted article with its enrichment. */
  public static CorpusEntry enriched(AnnotatedArticle a) {
    return new CorpusEntry(new Outcome.Extracted(a.article()), EnrichmentRows.of(a));
  }

  /** An extracted article whose enrichment failed; {@code message} says how. */
  public static CorpusEntry enrichmentFailed(Outcome.Extracted extracted, String message) {
    return new CorpusEntry(extracted, StoredEnrichment.failed(message));
  }

  /**
   * Enriches an extracted article; other outcomes pass through. Never throws for one bad article:
   * an exception or a stack overflow inside the annotator becomes {@link
   * #enrichmentFailed(Outcome.Extracted, String)}. Thread-safe when the annotator is.
   */
  public static CorpusEntry enrich(Outcome outcome, Annotator annotator) {
    if (!(outcome instanceof Outcome.Extracted e)) {
      return plain(outcome);
    }
    try {
      return enriched(annotator.annotate(e.article()));
    } catch (RuntimeException | StackOverflowError ex) {
      return enrichmentFailed(
          e,
          "enrichment failed on article "
              + e.article().id()
              + ": "
              + ex.getClass().getSimpleName()
              + Optional.ofNullable(ex.getMessage()).map(m -> ": " + m).orElse("")
              + "; the article is stored without entities");
    }
  }

  public Outcome outcome() {
    return outcome;
  }

  /** The message of a failed enrichment. */
  public Optional<String> enrichmentFailure() {
    return enrichment.error();
  }

  StoredEnrichment enrichment() {
    return enrichment;
  }
}
