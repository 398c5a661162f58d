package org.rassegna.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a byte stream into lines at {@code \n} (a trailing {@code \r} is dropped), holding at most
 * {@code maxLineBytes} of one line: a longer line is read through to its end and reported by its
 * length alone, so one runaway line cannot exhaust memory.
 */
final class LineReader {
  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buf = new byte[65536];
  private int pos;
  private int limit;
  private long lineNo;

  /** One line: its bytes, or only its length when it was over the bound. */
  record Line(long number, Optional<byte[]> bytes, long length) {}

  LineReader(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or empty at the end of the stream. */
  Optional<Line> next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return Optional.empty();
          }
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      length += n;
      if (length <= maxLineBytes) {
        line.write(buf, start, n);
      }
      if (pos < limit) {
        pos++;
        break;
      }
    }
    lineNo++;
    if (length > maxLineBytes) {
      return Optional.of(new Line(lineNo, Optional.empty(), length));
    }
    byte[] bytes = line.toByteArray();
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\r') {
      end--;
    }
    byte[] trimmed = end == bytes.length ? bytes : Arrays.copyOf(bytes, end);
    return Optional.of(new Line(lineNo, Optional.of(trimmed), trimmed.length));
  }
}
