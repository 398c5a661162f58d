package org.rassegna.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.rassegna.model.Outcome;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceItem;
import org.rassegna.model.SourceRef;
import org.rassegna.model.Stage;

/**
 * The records of one WARC or WET file (optionally gzipped, per record or whole), one item per
 * record, read lazily with jwarc. A record jwarc cannot parse ends the file with one failed item,
 * since the reader has lost its place; a record whose content is damaged but whose framing is
 * intact fails alone and the file goes on. A file with no records at all yields one skipped item,
 * so the file still shows in the counts.
 */
final class WarcSource implements PageSource {
  private final String label;
  private final SourceFormat format;
  private final WarcReader reader;
  private final Optional<SourceItem> openFailure;
  private final WarcRecords records;
  private boolean iterated;

  private WarcSource(String label, SourceFormat format, Opener opener, SourceOptions options) {
    this.label = label;
    this.format = format;
    this.records = new WarcRecords(label, format, options);
    WarcReader r = null;
    Optional<SourceItem> failure = Optional.empty();
    try {
      r = opener.open();
    } catch (IOException e) {
      failure = Optional.of(parseFailure(0, false, e));
    }
    this.reader = r;
    this.openFailure = failure;
  }

  static WarcSource open(Path file, SourceOptions options) {
    return new WarcSource(
        file.toString(),
        formatOf(file.getFileName().toString()),
        () -> new WarcReader(FileChannel.open(file)),
        options);
  }

  /** Reads WARC records from a stream (standard input); jwarc detects gzip itself. */
  static WarcSource open(String label, InputStream in, SourceOptions options) {
    return new WarcSource(label, SourceFormat.WARC, () -> new WarcReader(in), options);
  }

  private static SourceFormat formatOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".wet") || n.endsWith(".wet.gz") ? SourceFormat.WET : SourceFormat.WARC;
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
    return new RecordIterator();
  }

  private SourceItem parseFailure(long offset, boolean after, IOException e) {
    SourceRef ref = SourceRef.file(label, format).withOffset(offset);
    String detail = Problems.describe(e);
    String where = after ? "after the record at offset " + offset : "at offset " + offset;
    if (e instanceof EOFException) {
      return new Outcome.Failed(
          ref, Stage.SOURCE, Reason.TRUNCATED, "WARC file truncated " + where + ": " + detail);
    }
    String what = e instanceof ParsingException ? "malformed WARC record" : "unreadable WARC data";
    Reason reason =
        e instanceof ParsingException || e instanceof ZipException
            ? Reason.CORRUPT
            : Reason.IO_ERROR;
    return new Outcome.Failed(
        ref,
        Stage.SOURCE,
        reason,
        what + " " + where + ": " + detail + "; the rest of the file is not read");
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }

  /** Pulls one record ahead, so that a parse failure can end the file as one item. */
  private final class RecordIterator extends ReadAheadIterator {
    private long count;

    @Override
    protected Optional<SourceItem> advance() {
      long offset = reader.position();
      Optional<WarcRecord> record;
      try {
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        finish();
        // jwarc moves its position to where the failed record began; that offset names the
        // failure and keeps it apart from the record before it (stores key outcomes by offset).
        long at = Math.max(offset, reader.position());
        return Optional.of(
            parseFailure(
                at,
                count > 0 && at == offset,
                e instanceof IOException io ? io : new ParsingException(Problems.describe(e))));
      }
      if (record.isEmpty()) {
        finish();
        return count == 0
            ? Optional.of(
                new Outcome.Skipped(
                    SourceRef.file(label, format), Reason.EMPTY, "WARC file holds no records"))
            : Optional.empty();
      }
      count++;
      WarcRecords.Result result;
      try {
        result = records.toItem(record.get(), reader.position());
      } catch (RuntimeException e) {
        // jwarc parses headers lazily and may throw on any of them; the reader's place is lost.
        finish();
        return Optional.of(
            parseFailure(offset, count > 1, new ParsingException(Problems.describe(e))));
      }
      if (result.fatal()) {
        finish();
      }
      return Optional.of(result.item());
    }
  }

  @FunctionalInterface
  private interface Opener {
    WarcReader open() throws IOException;
  }
}
