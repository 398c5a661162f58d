package org.rassegna.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Builds small WARC files record by record for tests, with raw HTTP blocks under test control. */
final class WarcFixture {
  static final Instant DATE = Instant.parse("2021-03-04T05:06:07Z");

  private final List<WarcRecord> records = new ArrayList<>();

  WarcFixture warcinfo() throws IOException {
    records.add(new Warcinfo.Builder().fields(Map.of("software", List.of("test"))).build());
    return this;
  }

  WarcFixture request(String url) throws IOException {
    byte[] http = ("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    records.add(
        new WarcRequest.Builder(URI.create(url))
            .date(DATE)
            .body(MediaType.HTTP_REQUEST, http)
            .build());
    return this;
  }

  WarcFixture metadata(String url) throws IOException {
    records.add(
        new WarcMetadata.Builder()
            .targetURI(url)
            .fields(Map.of("fetchTimeMs", List.of("12")))
            .build());
    return this;
  }

  /** A response whose HTTP block is {@code head} (status line and headers) then {@code body}. */
  WarcFixture response(String url, String head, byte[] body) throws IOException {
    records.add(
        new WarcResponse.Builder(URI.create(url))
            .date(DATE)
            .body(MediaType.HTTP_RESPONSE, concat(head.replace("\n", "\r\n") + "\r\n", body))
            .build());
    return this;
  }

  WarcFixture html(String url, String html) throws IOException {
    return response(
        url,
        "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n",
        html.getBytes(StandardCharsets.UTF_8));
  }

  WarcFixture resource(String url, String type, byte[] body) throws IOException {
    records.add(
        new WarcResource.Builder(URI.create(url))
            .date(DATE)
            .body(MediaType.parse(type), body)
            .build());
    return this;
  }

  WarcFixture conversion(String url, String text) throws IOException {
    records.add(
        new WarcConversion.Builder()
            .setHeader("WARC-Target-URI", url)
            .date(DATE)
            .body(MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8))
            .build());
    return this;
  }

  WarcFixture write(Path file) throws IOException {
    WarcCompression compression =
        file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (WarcWriter w =
        new WarcWriter(
            java.nio.channels.FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            compression)) {
      for (WarcRecord r : records) {
        w.write(r);
      }
    }
    return this;
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static byte[] concat(String head, byte[] body) {
    byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[h.length + body.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }
}
