package org.rassegna;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A plain WARC of three HTML responses holding one page, for tests that cut it. */
final class SampleWarc {
  private SampleWarc() {}

  static byte[] bytes(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w =
        new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.NONE)) {
      for (int i = 1; i <= 3; i++) {
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(
                    MediaType.parse("text/html; charset=utf-8"),
                    html.getBytes(StandardCharsets.UTF_8))
                .build();
        w.write(
            new WarcResponse.Builder(URI.create("https://example.org/" + i))
                .date(Instant.parse("2021-01-01T00:00:00Z"))
                .body(http)
                .build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
