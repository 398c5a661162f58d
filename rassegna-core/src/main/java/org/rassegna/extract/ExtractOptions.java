package org.rassegna.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Knobs of extraction, with defaults that keep one hostile page from stalling or exhausting a run
 * while letting every real news page through (real pages stay far below each bound).
 *
 * @param includeComments put reader comments in {@code comments} instead of dropping them
 * @param maxPageBytes pages larger than this fail with {@code too-large} before decoding
 * @param maxMarkupTags HTML pages with more start tags than this fail with {@code too-large} before
 *     parsing: the parsed DOM costs a few hundred bytes per node
 * @param maxMarkupDepth HTML pages whose container elements ({@code div}, {@code section}, …) nest
 *     deeper than this fail with {@code too-deep} before parsing, instead of being silently
 *     flattened by the parser
 * @param maxLineChars text-dump lines longer than this are split at a space before classification,
 *     so that one runaway line costs no more than many ordinary ones
 * @param pageTimeout a page still being extracted after this long is abandoned with {@code timeout}
 *     and the run goes on; {@link Duration#ZERO} extracts on the calling thread without a limit
 */
public record ExtractOptions(
    boolean includeComments,
    long maxPageBytes,
    int maxMarkupTags,
    int maxMarkupDepth,
    int maxLineChars,
    Duration pageTimeout) {

  public static final long DEFAULT_MAX_PAGE_BYTES = 16L * 1024 * 1024;
  public static final int DEFAULT_MAX_MARKUP_TAGS = 200_000;
  public static final int DEFAULT_MAX_MARKUP_DEPTH = 512;
  public static final int DEFAULT_MAX_LINE_CHARS = 20_000;
  public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(30);

  public ExtractOptions {
    positive("maxPageBytes", maxPageBytes);
    positive("maxMarkupTags", maxMarkupTags);
    positive("maxMarkupDepth", maxMarkupDepth);
    positive("maxLineChars", maxLineChars);
    Objects.requireNonNull(pageTimeout, "pageTimeout");
    if (pageTimeout.isNegative()) {
      throw new IllegalArgumentException("pageTimeout must not be negative, got " + pageTimeout);
    }
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  public static ExtractOptions defaults() {
    return new ExtractOptions(
        false,
        DEFAULT_MAX_PAGE_BYTES,
        DEFAULT_MAX_MARKUP_TAGS,
        DEFAULT_MAX_MARKUP_DEPTH,
        DEFAULT_MAX_LINE_CHARS,
        DEFAULT_PAGE_TIMEOUT);
  }

  public ExtractOptions withComments(boolean include) {
    return new ExtractOptions(
        include, maxPageBytes, maxMarkupTags, maxMarkupDepth, maxLineChars, pageTimeout);
  }

  public ExtractOptions withMaxPageBytes(long max) {
    return new ExtractOptions(
        includeComments, max, maxMarkupTags, maxMarkupDepth, maxLineChars, pageTimeout);
  }

  public ExtractOptions withMaxMarkup(int tags, int depth) {
    return new ExtractOptions(
        includeComments, maxPageBytes, tags, depth, maxLineChars, pageTimeout);
  }

  public ExtractOptions withMaxLineChars(int max) {
    return new ExtractOptions(
        includeComments, maxPageBytes, maxMarkupTags, maxMarkupDepth, max, pageTimeout);
  }

  public ExtractOptions withPageTimeout(Duration timeout) {
    return new ExtractOptions(
        includeComments, maxPageBytes, maxMarkupTags, maxMarkupDepth, maxLineChars, timeout);
  }
}
