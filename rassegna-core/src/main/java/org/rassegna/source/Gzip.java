package org.rassegna.source;

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

  /** True when the stream starts with the gzip magic bytes; the stream must support mark. */
  static boolean startsWithMagic(InputStream in) throws IOException {
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b;
  }
}
