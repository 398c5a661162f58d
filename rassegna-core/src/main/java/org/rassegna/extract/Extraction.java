package org.rassegna.extract;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rassegna.extract.charset.PageDecoder;
import org.rassegna.extract.html.HtmlExtractor;
import org.rassegna.extract.text.TextDumpExtractor;
import org.rassegna.model.Article;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceItem;
import org.rassegna.model.Stage;

/**
 * Extracts one page into one outcome, never throwing: empty and binary pages are skipped, pages
 * over a bound of {@link ExtractOptions} (bytes, markup tags, markup depth) and pages the
 * extractors reject fail with a reason, a page with no body is skipped, and any unexpected error
 * becomes a failed outcome naming the page. Thread-safe.
 *
 * <p>Each page is extracted on a worker thread under the {@link ExtractOptions#pageTimeout()}
 * watch; a page past it fails with {@code timeout} and is abandoned (see {@link Watchdog} for what
 * that can and cannot stop), so one pathological page never holds up a run. Text dumps have their
 * overlong lines split first (see {@link ExtractOptions#maxLineChars()}).
 */
public final class Extraction {
  private static final int BINARY_SNIFF_BYTES = 8192;

  private final ExtractOptions options;
  private final HtmlExtractor html = new HtmlExtractor();
  private final TextDumpExtractor text = new TextDumpExtractor();

  public Extraction(ExtractOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public static Extraction withDefaults() {
    return new Extraction(ExtractOptions.defaults());
  }

  /** The outcome of a source item: pages are extracted, decided outcomes pass through. */
  public Outcome apply(SourceItem item, Set<String> repeatedLines) {
    if (item instanceof RawPage page) {
      return extract(page, repeatedLines);
    }
    return (Outcome) item;
  }

  public Outcome extract(RawPage page) {
    return extract(page, Set.of());
  }

  public Outcome extract(RawPage page, Set<String> repeatedLines) {
    Optional<Outcome> refused = refuse(page);
    if (refused.isPresent()) {
      return refused.get();
    }
    Duration limit = options.pageTimeout();
    if (limit.isZero()) {
      return extractNow(page, repeatedLines);
    }
    try {
      return Watchdog.call(() -> extractNow(page, repeatedLines), limit)
          .orElseGet(() -> timedOut(page, limit));
    } catch (IllegalStateException e) {
      return internalError(page, e.getCause() == null ? e : e.getCause());
    }
  }

  /** Empty, oversized and binary pages are decided from their bytes alone. */
  private Optional<Outcome> refuse(RawPage page) {
    byte[] bytes = page.content();
    if (bytes.length == 0) {
      return Optional.of(
          new Outcome.Skipped(page.source(), Reason.EMPTY, "page is empty (0 bytes)"));
    }
    if (bytes.length > options.maxPageBytes()) {
      return Optional.of(
          new Outcome.Failed(
              page.source(),
              Stage.EXTRACT,
              Reason.TOO_LARGE,
              "page is "
                  + bytes.length
                  + " bytes, over the limit of "
                  + options.maxPageBytes()
                  + " (raise it with --max-page-bytes)"));
    }
    if (looksBinary(bytes)) {
      return Optional.of(
          new Outcome.Skipped(
              page.source(),
              Reason.BINARY,
              "content is binary, not "
                  + (page.kind() == PageKind.HTML ? "HTML" : "text")
                  + " (NUL or control bytes in the first "
                  + BINARY_SNIFF_BYTES
                  + " bytes)"));
    }
    return Optional.empty();
  }

  private Outcome extractNow(RawPage page, Set<String> repeatedLines) {
    PageContext ctx =
        new PageContext(page.source(), page.url(), page.fetched(), options, repeatedLines);
    try {
      String decoded = PageDecoder.decode(page);
      Article article;
      if (page.kind() == PageKind.HTML) {
        MarkupCensus.check(decoded, options);
        article = html.extract(decoded, ctx);
      } else {
        article = text.extract(LongLines.split(decoded, options.maxLineChars()), ctx);
      }
      if (article.body().isEmpty()) {
        return new Outcome.Skipped(
            page.source(), Reason.NO_BODY, "no article text found on the page");
      }
      return new Outcome.Extracted(article);
    } catch (ExtractionException e) {
      return new Outcome.Failed(page.source(), Stage.EXTRACT, e.reason(), e.getMessage());
    } catch (OutOfMemoryError e) {
      // The page's own objects are garbage once this returns, so the run can go on; failing the
      // page says which input needs a smaller --max-page-bytes or a larger heap.
      return new Outcome.Failed(
          page.source(),
          Stage.EXTRACT,
          Reason.TOO_LARGE,
          "ran out of memory extracting "
              + page.source().describe()
              + " ("
              + page.content().length
              + " bytes); lower --max-page-bytes or give Java more heap");
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      return internalError(page, e);
    }
  }

  private static Outcome timedOut(RawPage page, Duration limit) {
    return new Outcome.Failed(
        page.source(),
        Stage.EXTRACT,
        Reason.TIMEOUT,
        "extraction of "
            + page.source().describe()
            + " took longer than "
            + limit.toMillis()
            + " ms and was abandoned (raise it with --page-timeout)");
  }

  private static Outcome internalError(RawPage page, Throwable e) {
    return new Outcome.Failed(
        page.source(),
        Stage.EXTRACT,
        Reason.INTERNAL_ERROR,
        "extractor error on " + page.source().describe() + ": " + e);
  }

  /** Binary when the first bytes hold NULs or many C0 control bytes; UTF-16 with a BOM is text. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    if (n >= 2
        && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
            || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        control++;
      }
    }
    return control * 20 > n;
  }
}
