package org.rassegna.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Opens gzip streams with the bomb bound of {@link SourceOptions#maxGzipRatio()}. */
final class Gzip {
  private static final int BUFFER = 65536;

  private Gzip() {}

  /**
   * Inflates {@code in}, failing with {@link LimitExceeded} once more than {@code maxGzipRatio}
   * times {@code compressedSize} bytes came out. Reads the gzip header now, so a stream that is not
   * gzip at all fails here with a {@link java.util.zip.ZipException}.
   */
  static InputStream inflate(InputStream in, long compressedSize, SourceOptions options)
      throws IOException {
    long limit = Math.max(compressedSize, 1024) * options.maxGzipRatio();
    return new LimitedInputStream(
        new GZIPInputStream(in, BUFFER),
        limit,
        "decompressed size (over " + options.maxGzipRatio() + "x the compressed size: gzip bomb?)");
  }

  /**
   * Inflates a stream of unknown compressed size (standard input), failing with {@link
   * LimitExceeded} once more than {@code maxGzipRatio} times the compressed bytes consumed so far
   * (at least 64 KiB of them) came out: the ratio bound of files, checked as the stream goes.
   */
  static InputStream inflateStream(InputStream in, SourceOptions options) throws IOException {
    CountingStream compressed = new CountingStream(in);
    InputStream inflated = new GZIPInputStream(compressed, BUFFER);
    return new FilterInputStream(inflated) {
      private long out;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          out += n;
          long allowed = Math.max(compressed.count, BUFFER) * options.maxGzipRatio();
          if (out > allowed) {
            throw new LimitExceeded(
                "decompressed size exceeds "
                    + options.maxGzipRatio()
                    + "x the compressed size read so far ("
                    + out
                    + " bytes from "
                    + compressed.count
                    + "): gzip bomb?");
          }
        }
        return n;
      }
    };
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** True when the stream starts with the gzip magic bytes; the stream must support mark. */
  static boolean startsWithMagic(InputStream in) throws IOException {
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b;
  }
}
