package org.rassegna.source;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
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
   * Reads {@code in} fully, gunzipping when {@code gzip}; fails past {@link
   * SourceOptions#maxRecordBytes()} or past {@link SourceOptions#maxGzipRatio()} times the
   * compressed size (a gzip bomb). {@code compressedSize} is the stream's size on disk, or -1 when
   * unknown (standard input).
   */
  static byte[] readAll(InputStream in, boolean gzip, long compressedSize, SourceOptions options)
      throws ReadException, IOException {
    if (!gzip && compressedSize >= 0) {
      return readKnownSize(in, compressedSize, options);
    }
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

  /**
   * Reads a plain file whose size is known into one array of that size, so a large page is held
   * once, not copied through a growing buffer; a file over the bound is refused unread.
   */
  private static byte[] readKnownSize(InputStream in, long size, SourceOptions options)
      throws ReadException, IOException {
    if (size > options.maxRecordBytes() || size > Integer.MAX_VALUE - 8) {
      throw new ReadException(
          Reason.TOO_LARGE,
          "size "
              + size
              + " bytes exceeds the limit of "
              + options.maxRecordBytes()
              + "; not read");
    }
    byte[] bytes = new byte[(int) size];
    int n = in.readNBytes(bytes, 0, bytes.length);
    return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
  }
}
