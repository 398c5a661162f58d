package org.rassegna.source;

/**
 * Bounds for reading input.
 *
 * @param maxRecordBytes largest record (decompressed page, WARC payload, JSONL line) read whole
 * @param maxGzipRatio decompressed/compressed ratio beyond which a gzip stream is a bomb
 */
public record SourceOptions(long maxRecordBytes, int maxGzipRatio) {

  public static final long DEFAULT_MAX_RECORD_BYTES = 64L * 1024 * 1024;
  public static final int DEFAULT_MAX_GZIP_RATIO = 200;

  public SourceOptions {
    if (maxRecordBytes <= 0) {
      throw new IllegalArgumentException("maxRecordBytes must be positive, got " + maxRecordBytes);
    }
    if (maxGzipRatio <= 0) {
      throw new IllegalArgumentException("maxGzipRatio must be positive, got " + maxGzipRatio);
    }
  }

  public static SourceOptions defaults() {
    return new SourceOptions(DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_GZIP_RATIO);
  }
}
