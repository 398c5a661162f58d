package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code rassegna extract} over a folder holding every kind of bad input at once. */
class BadInputCliTest {
  private static final String PAGE =
      "<html><head><title>Titolo</title></head><body><p>Un articolo con abbastanza testo per"
          + " essere estratto come corpo della pagina.</p></body></html>";
  private static final Pattern SUMMARY =
      Pattern.compile(
          "read (\\d+): extracted (\\d+), skipped (\\d+)(?: \\(([^)]*)\\))?, failed (\\d+)(?: \\(([^)]*)\\))?");

  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void folder_of_bad_inputs_fails_cleanly_with_counts_that_add_up() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    writeBadInputs(in);
    Path out = dir.resolve("out.jsonl");
    StringWriter err = new StringWriter();

    int code =
        Main.run(
            new String[] {
              "extract",
              "--threads",
              "2",
              "-o",
              out.toString(),
              in.toString(),
              dir.resolve("does-not-exist.html").toString()
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));

    String stderr = err.toString();
    assertThat(code).as(stderr).isEqualTo(1);
    assertThat(stderr).doesNotContain("Exception").doesNotContain("\tat ");
    Matcher m = SUMMARY.matcher(stderr);
    assertThat(m.find()).as(stderr).isTrue();
    long read = Long.parseLong(m.group(1));
    long extracted = Long.parseLong(m.group(2));
    long skipped = Long.parseLong(m.group(3));
    long failed = Long.parseLong(m.group(5));
    assertThat(extracted + skipped + failed).isEqualTo(read);
    // 11 files and a missing path; the cut WARC gives 3 records and the JSONL 2: 15 in all.
    assertThat(read).isEqualTo(15);
    assertThat(m.group(4)).contains("binary 1", "empty 1", "no-body 1");
    assertThat(m.group(6))
        .contains("corrupt 1", "io-error 1", "malformed-json 1", "too-large 2", "truncated 2");
    assertThat(Files.readAllLines(out)).hasSize((int) extracted);
    assertThat(extracted).isGreaterThanOrEqualTo(4);
  }

  @Test
  void failed_out_lists_each_failed_record_with_its_source_reason_and_message() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("good.html"), PAGE);
    Files.writeString(in.resolve("feed.jsonl"), "not json\n{\"html\":\"" + PAGE + "\"}\n");
    Path failed = dir.resolve("failed.jsonl");
    StringWriter err = new StringWriter();

    int code =
        Main.run(
            new String[] {
              "extract",
              "-o",
              dir.resolve("out.jsonl").toString(),
              "--failed-out",
              failed.toString(),
              in.toString()
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));

    assertThat(code).as(err.toString()).isEqualTo(1);
    assertThat(Files.readAllLines(failed))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("{\"source\":{\"path\":\"" + in.resolve("feed.jsonl"))
                    .contains("\"line\":1", "\"stage\":\"source\"")
                    .contains("\"reason\":\"malformed-json\"", "\"message\":\""));
  }

  private static void writeBadInputs(Path in) throws IOException {
    Files.write(in.resolve("empty.html"), new byte[0]);
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    random[0] = 0;
    Files.write(in.resolve("binary.html"), random);
    byte[] gz = gzip(PAGE.repeat(50).getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("truncated.html.gz"), Arrays.copyOf(gz, gz.length / 2));
    byte[] corrupt = gz.clone();
    Arrays.fill(corrupt, 10, 30, (byte) 0xFF);
    Files.write(in.resolve("corrupt.html.gz"), corrupt);
    byte[] warc = warc();
    Files.write(in.resolve("cut.warc"), Arrays.copyOf(warc, warc.length - 50));
    writeHuge(in.resolve("huge.html"), 50L * 1024 * 1024);
    Files.writeString(
        in.resolve("nobody.html"), "<html><head><title>x</title></head><body></body></html>");
    int depth = 100_000;
    Files.writeString(
        in.resolve("deep.html"),
        "<html><body>" + "<div>".repeat(depth) + "<p>Testo.</p>" + "</div>".repeat(depth));
    Files.writeString(
        in.resolve("feed.jsonl"),
        "not json at all\n{\"url\":\"https://x.org/a\",\"html\":\"<p>Un testo in JSON.</p>\"}\n");
    writeBomb(in.resolve("bomb.html.gz"));
    Files.writeString(in.resolve("good.html"), PAGE);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] warc() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w =
        new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.NONE)) {
      for (int i = 1; i <= 3; i++) {
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(MediaType.HTML_UTF8, PAGE.getBytes(StandardCharsets.UTF_8))
                .build();
        w.write(
            new WarcResponse.Builder(URI.create("https://example.org/" + i))
                .date(Instant.parse("2021-01-01T00:00:00Z"))
                .body(http)
                .build());
      }
    }
    return out.toByteArray();
  }

  private static void writeHuge(Path file, long size) throws IOException {
    byte[] chunk = "<p>filler text</p>\n".repeat(4096).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long n = 0; n < size; n += chunk.length) {
        out.write(chunk);
      }
    }
  }

  private static void writeBomb(Path file) throws IOException {
    byte[] spaces = new byte[1 << 20];
    Arrays.fill(spaces, (byte) ' ');
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < 100; i++) {
        out.write(spaces);
      }
    }
  }
}
