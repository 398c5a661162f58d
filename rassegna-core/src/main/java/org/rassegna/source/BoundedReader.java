package org.rassegna.source;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.rassegna.model.Reason;

/** Reads whole streams with a size bound, turning gzip damage into typed read errors. */
final class BoundedReader {
  private BoundedReader() {}

  /** A read that failed for a known reason; the message names what was wrong. */
  static final class ReadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    ReadException(Reason reason, String message) {
      super(message);
      this.reason = reason;
    }

    Reason reason() {
      return reason;
    }
  }

  /**
   * Reads {@code in} fully, gunzipping when {@code gzip}; fails past {@code maxBytes} or past
   * {@code maxRatio} times the compressed size (a gzip bomb).
   */
  static byte[] readAll(InputStream in, boolean gzip, long compressedSize, SourceOptions options)
      throws ReadException, IOException {
    long limit = options.maxRecordBytes();
    if (gzip && compressedSize > 0) {
      limit = Math.min(limit, Math.max(compressedSize, 1024) * options.maxGzipRatio());
    }
    InputStream src = in;
    if (gzip) {
      try {
        src = new GZIPInputStream(in, 65536);
      } catch (ZipException | EOFException e) {
        throw new ReadException(Reason.CORRUPT, "not a valid gzip stream: " + e.getMessage());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    long total = 0;
    try {
      int n;
      while ((n = src.read(buf)) > 0) {
        total += n;
        if (total > limit) {
          throw new ReadException(
              Reason.TOO_LARGE,
              (gzip ? "decompressed size" : "size")
                  + " exceeds "
                  + limit
                  + " bytes"
                  + (gzip && limit < options.maxRecordBytes()
                      ? " (over " + options.maxGzipRatio() + "x the compressed size: gzip bomb?)"
                      : ""));
        }
        out.write(buf, 0, n);
      }
    } catch (EOFException e) {
      throw new ReadException(
          Reason.TRUNCATED, "gzip stream truncated after " + total + " decompressed bytes");
    } catch (ZipException e) {
      throw new ReadException(
          Reason.CORRUPT,
          "gzip stream corrupt after " + total + " decompressed bytes: " + e.getMessage());
    }
    return out.toByteArray();
  }
}
