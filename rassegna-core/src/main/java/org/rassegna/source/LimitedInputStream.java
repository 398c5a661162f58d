package org.rassegna.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until more than a limit have been read, then throws {@link LimitExceeded}.
 * Used where the size of what comes out is not known up front: decompressed gzip (a small file can
 * inflate without end) and decoded HTTP payloads.
 */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private final String what;
  private long count;

  LimitedInputStream(InputStream in, long limit, String what) {
    super(in);
    this.limit = limit;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void counted(long n) throws LimitExceeded {
    count += n;
    if (count > limit) {
      throw new LimitExceeded(what + " exceeds " + limit + " bytes");
    }
  }
}
