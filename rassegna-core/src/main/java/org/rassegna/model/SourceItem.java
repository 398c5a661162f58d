package org.rassegna.model;

/**
 * What a source yields for each input record: a page to extract, or the outcome already decided at
 * the source (a WARC request record skipped, a truncated gzip failed).
 */
public sealed interface SourceItem permits RawPage, Outcome.Skipped, Outcome.Failed {
  SourceRef source();
}
