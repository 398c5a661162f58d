package org.rassegna.store;

/**
 * What one ingest run did: records read and how they ended ({@code read = extracted + skipped +
 * failed}); of the extracted articles how many were new, replaced an older version, were unchanged,
 * or were exact copies of another article; and how many were enriched or failed in enrichment (the
 * rest, {@code extracted - enriched - enrichmentFailed}, were ingested with enrichment turned off).
 */
public record IngestCounts(
    long read,
    long extracted,
    long skipped,
    long failed,
    long inserted,
    long replaced,
    long unchanged,
    long duplicates,
    long enriched,
    long enrichmentFailed) {

  public static IngestCounts zero() {
    return new IngestCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  public IngestCounts plus(IngestCounts o) {
    return new IngestCounts(
        read + o.read,
        extracted + o.extracted,
        skipped + o.skipped,
        failed + o.failed,
        inserted + o.inserted,
        replaced + o.replaced,
        unchanged + o.unchanged,
        duplicates + o.duplicates,
        enriched + o.enriched,
        enrichmentFailed + o.enrichmentFailed);
  }

  /** Extracted articles ingested with enrichment turned off. */
  public long notEnriched() {
    return extracted - enriched - enrichmentFailed;
  }

  /**
   * {@code articles: 3 new, 1 replaced, 10 unchanged, 2 exact duplicates; enriched 13, enrichment
   * failed 1, not enriched 0}.
   */
  public String summary() {
    return "articles: "
        + inserted
        + " new, "
        + replaced
        + " replaced, "
        + unchanged
        + " unchanged, "
        + duplicates
        + " exact duplicates; enriched "
        + enriched
        + ", enrichment failed "
        + enrichmentFailed
        + ", not enriched "
        + notEnriched();
  }
}
