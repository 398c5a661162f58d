package org.rassegna.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import org.rassegna.model.Outcome;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceItem;
import org.rassegna.model.SourceRef;
import org.rassegna.model.Stage;

/**
 * The records of one JSON Lines stream, one item per non-blank line, read lazily. Each line is an
 * object with {@code url} and {@code html} or {@code text} (see {@link JsonlRecord}); a line that
 * is not such an object fails alone and the stream goes on. A read error of the stream itself (a
 * cut or corrupt gzip) ends it with one failed item. A stream with no records yields one skipped
 * item, so the file still shows in the counts.
 */
final class JsonlSource implements PageSource {
  private final String label;
  private final InputStream in;
  private final SourceOptions options;
  private final Optional<SourceItem> openFailure;
  private boolean iterated;

  private JsonlSource(
      String label, InputStream in, SourceOptions options, Optional<SourceItem> openFailure) {
    this.label = label;
    this.in = in;
    this.options = options;
    this.openFailure = openFailure;
  }

  /** A stream already opened and, when it was gzipped, already inflated and bounded. */
  static JsonlSource of(String label, InputStream in, SourceOptions options) {
    return new JsonlSource(label, in, options, Optional.empty());
  }

  /** A stream that could not be opened: the source yields only that failure. */
  static JsonlSource failed(String label, Outcome.Failed failure) {
    return new JsonlSource(
        label, InputStream.nullInputStream(), SourceOptions.defaults(), Optional.of(failure));
  }

  @Override
  public Iterator<SourceItem> iterator() {
    if (iterated) {
      throw new IllegalStateException("a PageSource can be iterated once");
    }
    iterated = true;
    if (openFailure.isPresent()) {
      return List.of(openFailure.get()).iterator();
    }
    return new LineIterator(new LineReader(in, options.maxRecordBytes()));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private final class LineIterator extends ReadAheadIterator {
    private final LineReader lines;
    private long records;
    private long lastLine;

    LineIterator(LineReader lines) {
      this.lines = lines;
    }

    @Override
    protected Optional<SourceItem> advance() {
      while (true) {
        Optional<LineReader.Line> line;
        try {
          line = lines.next();
        } catch (IOException e) {
          finish();
          return Optional.of(readFailure(e));
        }
        if (line.isEmpty()) {
          finish();
          return records == 0
              ? Optional.of(
                  new Outcome.Skipped(
                      SourceRef.file(label, SourceFormat.JSONL),
                      Reason.EMPTY,
                      "JSON Lines file holds no records"))
              : Optional.empty();
        }
        LineReader.Line l = line.get();
        lastLine = l.number();
        if (l.bytes().isPresent() && isBlank(l.bytes().get())) {
          continue;
        }
        records++;
        return Optional.of(JsonlRecord.parse(label, l, options));
      }
    }

    private SourceItem readFailure(IOException e) {
      SourceRef ref = SourceRef.file(label, SourceFormat.JSONL).withLine(lastLine + 1);
      String where = label + " after line " + lastLine;
      if (e instanceof LimitExceeded) {
        return new Outcome.Failed(
            ref,
            Stage.SOURCE,
            Reason.TOO_LARGE,
            where + ": " + e.getMessage() + "; the rest of the file is not read");
      }
      if (e instanceof EOFException) {
        return new Outcome.Failed(
            ref, Stage.SOURCE, Reason.TRUNCATED, where + ": gzip stream truncated");
      }
      Reason reason = e instanceof ZipException ? Reason.CORRUPT : Reason.IO_ERROR;
      return new Outcome.Failed(
          ref, Stage.SOURCE, reason, where + ": cannot read on: " + Problems.describe(e));
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
