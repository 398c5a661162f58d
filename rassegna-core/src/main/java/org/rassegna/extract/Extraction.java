package org.rassegna.extract;

import java.util.Objects;
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
 * over the size bound and pages the extractors reject fail with a reason, a page with no body is
 * skipped, and any unexpected error becomes a failed outcome naming the page. Thread-safe.
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
    byte[] bytes = page.content();
    if (bytes.length == 0) {
      return new Outcome.Skipped(page.source(), Reason.EMPTY, "page is empty (0 bytes)");
    }
    if (bytes.length > options.maxPageBytes()) {
      return new Outcome.Failed(
          page.source(),
          Stage.EXTRACT,
          Reason.TOO_LARGE,
          "page is "
              + bytes.length
              + " bytes, over the limit of "
              + options.maxPageBytes()
              + " (raise it with --max-page-bytes)");
    }
    if (looksBinary(bytes)) {
      return new Outcome.Skipped(
          page.source(),
          Reason.BINARY,
          "content is binary, not "
              + (page.kind() == PageKind.HTML ? "HTML" : "text")
              + " (NUL or control bytes in the first "
              + BINARY_SNIFF_BYTES
              + " bytes)");
    }
    PageContext ctx =
        new PageContext(page.source(), page.url(), page.fetched(), options, repeatedLines);
    try {
      String decoded = PageDecoder.decode(page);
      Article article =
          page.kind() == PageKind.HTML ? html.extract(decoded, ctx) : text.extract(decoded, ctx);
      if (article.body().isEmpty()) {
        return new Outcome.Skipped(
            page.source(), Reason.NO_BODY, "no article text found on the page");
      }
      return new Outcome.Extracted(article);
    } catch (ExtractionException e) {
      return new Outcome.Failed(page.source(), Stage.EXTRACT, e.reason(), e.getMessage());
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      return new Outcome.Failed(
          page.source(),
          Stage.EXTRACT,
          Reason.INTERNAL_ERROR,
          "extractor error on " + page.source().describe() + ": " + e);
    }
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
