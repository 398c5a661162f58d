package org.rassegna.store.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What enrichment added to a stored article: whether it ran, the language it detected and how sure
 * it was, the entity mentions, the quotes and the political events. Flat values, like {@link
 * StoredArticle}, so that both the database rows and the index document come from it.
 *
 * @param status whether the article was enriched, left unenriched on purpose, or failed in it
 * @param detectedLanguage the language detected on the body (ISO 639-1)
 * @param languageConfidence the detector's confidence, 0..1; 0 when the language was not detected
 *     from the body
 * @param error what went wrong, for {@link Status#FAILED}
 * @param mentions every entity mention, in text order
 * @param quotes every quote, in text order
 * @param events every coded event, in text order
 */
public record StoredEnrichment(
    Status status,
    Optional<String> detectedLanguage,
    Optional<Double> languageConfidence,
    Optional<String> error,
    List<StoredMention> mentions,
    List<StoredQuote> quotes,
    List<StoredEvent> events) {

  /** Whether enrichment ran on the article. */
  public enum Status {
    ENRICHED,
    /** Ingested with enrichment turned off. */
    NONE,
    /** Enrichment threw; the article is stored without it. */
    FAILED;

    /** The value of the {@code enrichment} column. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Status ofCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  /**
   * What an enriched row holds, kept in {@code articles.enrichment_version}: 1 (or {@code NULL},
   * written before the column) the entities, 2 also the quotes and events. A row enriched by an
   * older version counts as lacking enrichment, so re-ingesting its page with enrichment fills in
   * what is new instead of leaving it unchanged.
   */
  public static final int VERSION = 2;

  public StoredEnrichment {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detectedLanguage, "detectedLanguage");
    Objects.requireNonNull(languageConfidence, "languageConfidence");
    Objects.requireNonNull(error, "error");
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** No enrichment asked for. */
  public static StoredEnrichment none() {
    return new StoredEnrichment(
        Status.NONE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of());
  }

  /** Enrichment failed with the given message. */
  public static StoredEnrichment failed(String message) {
    return new StoredEnrichment(
        Status.FAILED,
        Optional.empty(),
        Optional.empty(),
        Optional.of(message),
        List.of(),
        List.of(),
        List.of());
  }

  public boolean enriched() {
    return status == Status.ENRICHED;
  }

  /** The same enrichment status and language with the given annotation rows. */
  public StoredEnrichment withRows(
      List<StoredMention> m, List<StoredQuote> q, List<StoredEvent> e) {
    return new StoredEnrichment(status, detectedLanguage, languageConfidence, error, m, q, e);
  }
}
