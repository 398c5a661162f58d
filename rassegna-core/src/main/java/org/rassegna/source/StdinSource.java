package org.rassegna.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipException;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceItem;
import org.rassegna.model.SourceRef;
import org.rassegna.model.Stage;

/**
 * Reads standard input (or any stream of unknown size) as one page, a WARC or a JSON Lines stream.
 * Gzip is recognised by its magic bytes. When no kind is given, the first bytes decide: {@code
 * WARC/1.} is WARC, <code>{</code> JSON Lines, anything else an HTML page. The label {@code "-"}
 * names the stream in every outcome.
 */
final class StdinSource {
  static final String LABEL = "-";
  private static final int SNIFF_BYTES = 64;
  private static final int BUFFER = 65536;

  private StdinSource() {}

  static PageSource open(InputStream stream, Optional<FileKind> kind, SourceOptions options) {
    try {
      BufferedInputStream raw = new BufferedInputStream(stream, BUFFER);
      boolean gzip = Gzip.startsWithMagic(raw);
      if (gzip && kind.equals(Optional.of(FileKind.WARC))) {
        return WarcSource.open(LABEL, raw, options);
      }
      InputStream data =
          gzip ? new BufferedInputStream(Gzip.inflateStream(raw, options), BUFFER) : raw;
      FileKind k = kind.isPresent() ? kind.get() : sniff(data);
      return switch (k) {
        case WARC -> WarcSource.open(LABEL, data, options);
        case JSONL -> JsonlSource.of(LABEL, data, options);
        case HTML, TEXT -> Sources.single(page(data, k, options));
      };
    } catch (EOFException e) {
      return Sources.single(failed(Reason.TRUNCATED, "gzip stream truncated: " + e.getMessage()));
    } catch (ZipException e) {
      return Sources.single(failed(Reason.CORRUPT, "not a valid gzip stream: " + e.getMessage()));
    } catch (LimitExceeded e) {
      return Sources.single(failed(Reason.TOO_LARGE, e.getMessage()));
    } catch (IOException e) {
      return Sources.single(failed(Reason.IO_ERROR, "cannot read: " + Problems.describe(e)));
    }
  }

  private static FileKind sniff(InputStream data) throws IOException {
    data.mark(SNIFF_BYTES);
    byte[] head = data.readNBytes(SNIFF_BYTES);
    data.reset();
    return Sniff.kindOf(head, head.length).orElse(FileKind.HTML);
  }

  private static SourceItem page(InputStream data, FileKind kind, SourceOptions options)
      throws IOException {
    try {
      byte[] bytes = BoundedReader.readAll(data, false, -1, options);
      return RawPage.of(ref(), kind == FileKind.TEXT ? PageKind.TEXT : PageKind.HTML, bytes);
    } catch (BoundedReader.ReadException e) {
      return failed(e.reason(), e.getMessage());
    } catch (LimitExceeded e) {
      return failed(Reason.TOO_LARGE, e.getMessage());
    }
  }

  private static SourceRef ref() {
    return SourceRef.file(LABEL, SourceFormat.STDIN);
  }

  private static Outcome.Failed failed(Reason reason, String message) {
    return new Outcome.Failed(ref(), Stage.SOURCE, reason, "standard input: " + message);
  }
}
