package org.rassegna.store.sql;

/**
 * The counts a row of {@code runs} records, one per column; the store's {@code IngestCounts} in the
 * database's terms, so that this package need not depend on the one above it.
 */
public record RunCounts(
    long read,
    long extracted,
    long skipped,
    long failed,
    long inserted,
    long replaced,
    long unchanged,
    long duplicates,
    long enriched,
    long enrichmentFailed) {}
