package org.rassegna.store;

/**
 * What one ingest run did: records read and how they ended, and of the extracted articles how many
 * were new, replaced an older version, were unchanged, or were exact copies of another article.
 */
public record IngestCounts(
    long read,
    long extracted,
    long skipped,
    long failed,
    long inserted,
    long replaced,
    long unchanged,
    long duplicates) {

  public static IngestCounts zero() {
    return new IngestCounts(0, 0, 0, 0, 0, 0, 0, 0);
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
        duplicates + o.duplicates);
  }

  /** {@code articles: 3 new, 1 replaced, 10 unchanged, 2 duplicates}. */
  public String summary() {
    return "articles: "
        + inserted
        + " new, "
        + replaced
        + " replaced, "
        + unchanged
        + " unchanged, "
        + duplicates
        + " exact duplicates";
  }
}
