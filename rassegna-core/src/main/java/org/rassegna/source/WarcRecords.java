package org.rassegna.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceItem;
import org.rassegna.model.SourceRef;
import org.rassegna.model.Stage;

/**
 * Turns one WARC record into one source item. Only {@code response}, {@code resource} and WET
 * {@code conversion} records can hold a page; the record's content block is read whole (it is
 * bounded by {@link SourceOptions#maxRecordBytes()} before any byte is read) so that a short block
 * is told apart from a complete one and reported with both lengths.
 */
final class WarcRecords {
  private final String label;
  private final SourceFormat format;
  private final SourceOptions options;

  WarcRecords(String label, SourceFormat format, SourceOptions options) {
    this.label = label;
    this.format = format;
    this.options = options;
  }

  /** The item for a record, and whether the file cannot be read past it. */
  record Result(SourceItem item, boolean fatal) {
    static Result of(SourceItem item) {
      return new Result(item, false);
    }
  }

  Result toItem(WarcRecord rec, long offset) {
    SourceRef ref = SourceRef.file(label, format).withOffset(offset);
    Optional<String> id = rec.headers().first("WARC-Record-ID").map(WarcRecords::unbracket);
    if (id.isPresent()) {
      ref = ref.withRecordId(id.get());
    }
    String type = rec.headers().first("WARC-Type").orElse("(none)");
    if (!type.equals("response") && !type.equals("resource") && !type.equals("conversion")) {
      return Result.of(
          new Outcome.Skipped(
              ref, Reason.UNSUPPORTED_RECORD, "WARC " + type + " record holds no page"));
    }
    long declared;
    try {
      declared = rec.body().size();
    } catch (IOException e) {
      return new Result(
          failed(ref, Reason.CORRUPT, "has no usable Content-Length: " + Problems.describe(e)),
          true);
    }
    if (declared == 0) {
      return Result.of(
          new Outcome.Skipped(ref, Reason.EMPTY, "WARC " + type + " record holds no content"));
    }
    if (declared > options.maxRecordBytes() || declared > Integer.MAX_VALUE - 8) {
      return Result.of(
          failed(
              ref,
              Reason.TOO_LARGE,
              "holds "
                  + declared
                  + " bytes of content, over the limit of "
                  + options.maxRecordBytes()
                  + "; not read"));
    }
    byte[] block = new byte[(int) declared];
    int got;
    try {
      got = readFully(rec.body(), block);
    } catch (IOException e) {
      return new Result(
          failed(ref, Reason.CORRUPT, "cannot be read: " + Problems.describe(e)), true);
    }
    if (got < declared) {
      return new Result(
          failed(
              ref,
              Reason.TRUNCATED,
              "truncated: expected " + declared + " bytes of content, got " + got),
          true);
    }
    Page page = new Page(ref, rec);
    Optional<String> header = rec.headers().first("Content-Type");
    Optional<MediaType> parsed = header.flatMap(WarcRecords::mediaType);
    if (header.isPresent() && parsed.isEmpty()) {
      return Result.of(
          failed(ref, Reason.CORRUPT, "has a malformed Content-Type header: " + header.get()));
    }
    MediaType blockType = parsed.orElse(MediaType.OCTET_STREAM);
    if (type.equals("conversion")) {
      return Result.of(page.raw(PageKind.TEXT, block, charsetOf(blockType)));
    }
    if (blockType.base().equals(MediaType.HTTP_RESPONSE.base())
        && !"request".equals(blockType.parameters().get("msgtype"))) {
      return Result.of(fromHttp(page, block));
    }
    return Result.of(fromPayload(page, blockType, header, block));
  }

  /**
   * A media type, or empty when it cannot be read: jwarc's lenient parser still throws on some
   * bytes (non-ASCII in the type name), and a header is outside data.
   */
  private static Optional<MediaType> mediaType(String value) {
    try {
      return Optional.of(MediaType.parseLeniently(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private SourceItem fromHttp(Page page, byte[] block) {
    HttpResponse http;
    try {
      http = HttpResponse.parse(new ByteArrayChannel(block));
    } catch (IOException | RuntimeException e) {
      return failed(
          page.ref, Reason.CORRUPT, "holds a malformed HTTP response: " + Problems.describe(e));
    }
    if (http.status() < 200 || http.status() > 299) {
      return new Outcome.Skipped(
          page.ref, Reason.HTTP_STATUS, "HTTP " + http.status() + " " + http.reason());
    }
    // An unreadable HTTP Content-Type counts as none, so the payload is sniffed as browsers do.
    Optional<MediaType> declared =
        http.headers().first("Content-Type").flatMap(WarcRecords::mediaType);
    MediaType type = declared.orElse(MediaType.OCTET_STREAM);
    if (declared.isPresent() && !isHtml(type)) {
      return unsupported(page.ref, type);
    }
    byte[] payload;
    try (InputStream in = http.bodyDecoded().stream()) {
      payload = readBounded(in);
    } catch (LimitExceeded e) {
      return failed(page.ref, Reason.TOO_LARGE, e.getMessage());
    } catch (IOException | RuntimeException e) {
      String encoding = http.headers().first("Content-Encoding").orElse("identity");
      return failed(
          page.ref,
          Reason.CORRUPT,
          "has an HTTP payload that cannot be decoded (Content-Encoding "
              + encoding
              + "): "
              + Problems.describe(e));
    }
    if (declared.isEmpty() && !Sniff.looksLikeHtml(payload)) {
      return unsupported(page.ref, type);
    }
    return page.raw(PageKind.HTML, payload, charsetOf(type));
  }

  private SourceItem fromPayload(Page page, MediaType type, Optional<String> header, byte[] block) {
    boolean html = header.isPresent() ? isHtml(type) : Sniff.looksLikeHtml(block);
    if (!html) {
      return unsupported(page.ref, type);
    }
    return page.raw(PageKind.HTML, block, charsetOf(type));
  }

  private static SourceItem unsupported(SourceRef ref, MediaType type) {
    return new Outcome.Skipped(
        ref, Reason.UNSUPPORTED_CONTENT_TYPE, "content type " + type.base() + " is not a page");
  }

  private Outcome.Failed failed(SourceRef ref, Reason reason, String what) {
    long offset = ref.offset().orElse(0L);
    return new Outcome.Failed(
        ref, Stage.SOURCE, reason, "WARC record at offset " + offset + " in " + label + " " + what);
  }

  static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static Optional<String> charsetOf(MediaType type) {
    return Optional.ofNullable(type.parameters().get("charset"))
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  private static String unbracket(String s) {
    String t = s.strip();
    return t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t;
  }

  /** Reads into {@code buf} until it is full or the body ends early; returns the bytes read. */
  private static int readFully(MessageBody body, byte[] buf) throws IOException {
    ByteBuffer bb = ByteBuffer.wrap(buf);
    try {
      while (bb.hasRemaining()) {
        if (body.read(bb) < 0) {
          break;
        }
      }
    } catch (EOFException e) {
      // jwarc signals a block cut short by the end of the file; the count tells how short.
    }
    return bb.position();
  }

  private byte[] readBounded(InputStream in) throws IOException {
    return new LimitedInputStream(in, options.maxRecordBytes(), "decoded HTTP payload")
        .readAllBytes();
  }

  /** What every page from one record shares: its reference, URL and fetch date. */
  private static final class Page {
    private final SourceRef ref;
    private final Optional<String> url;
    private final Optional<Instant> fetched;

    Page(SourceRef ref, WarcRecord rec) {
      this.ref = ref;
      this.url = rec.headers().first("WARC-Target-URI").map(WarcRecords::unbracket);
      this.fetched = rec.headers().first("WARC-Date").flatMap(Page::instant);
    }

    private static Optional<Instant> instant(String s) {
      try {
        return Optional.of(Instant.parse(s.strip()));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }

    RawPage raw(PageKind kind, byte[] content, Optional<String> charset) {
      Optional<String> cs =
          kind == PageKind.TEXT && charset.isEmpty()
              ? Optional.of(StandardCharsets.UTF_8.name())
              : charset;
      return new RawPage(ref, url, kind, content, cs, fetched);
    }
  }
}
