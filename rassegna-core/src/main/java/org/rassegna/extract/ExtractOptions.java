package org.rassegna.extract;

/**
 * Knobs of extraction with safe defaults.
 *
 * @param includeComments put reader comments in {@code comments} instead of dropping them
 * @param maxPageBytes pages larger than this fail with {@code too-large} before parsing
 */
public record ExtractOptions(boolean includeComments, long maxPageBytes) {

  public static final long DEFAULT_MAX_PAGE_BYTES = 16L * 1024 * 1024;

  public ExtractOptions {
    if (maxPageBytes <= 0) {
      throw new IllegalArgumentException("maxPageBytes must be positive, got " + maxPageBytes);
    }
  }

  public static ExtractOptions defaults() {
    return new ExtractOptions(false, DEFAULT_MAX_PAGE_BYTES);
  }

  public ExtractOptions withComments(boolean include) {
    return new ExtractOptions(include, maxPageBytes);
  }

  public ExtractOptions withMaxPageBytes(long max) {
    return new ExtractOptions(includeComments, max);
  }
}
