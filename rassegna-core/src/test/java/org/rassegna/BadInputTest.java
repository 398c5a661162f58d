package org.rassegna;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.extract.Extraction;
import org.rassegna.model.Outcome;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceItem;
import org.rassegna.model.Stage;
import org.rassegna.source.PageSource;
import org.rassegna.source.SourceOptions;
import org.rassegna.source.Sources;

/**
 * Each kind of bad input gives one specific outcome and nothing is thrown: what a user who points
 * rassegna at a messy folder would see for each file.
 */
class BadInputTest {
  private static final String PAGE =
      "<html><head><title>Titolo</title></head><body><p>Un articolo con abbastanza testo per"
          + " essere estratto come corpo della pagina.</p></body></html>";

  @TempDir Path dir;

  private static List<Outcome> run(Path path) {
    Extraction extraction = Extraction.withDefaults();
    List<Outcome> outcomes = new ArrayList<>();
    try (PageSource source = Sources.open(List.of(path), SourceOptions.defaults())) {
      for (SourceItem item : source) {
        outcomes.add(extraction.apply(item, Set.of()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return outcomes;
  }

  private static Outcome only(Path path) {
    List<Outcome> outcomes = run(path);
    assertThat(outcomes).hasSize(1);
    return outcomes.get(0);
  }

  private static void assertSkipped(Outcome o, Reason reason) {
    assertThat(o).isInstanceOf(Outcome.Skipped.class);
    assertThat(((Outcome.Skipped) o).reason()).isEqualTo(reason);
  }

  private static Outcome.Failed assertFailed(Outcome o, Reason reason) {
    assertThat(o).isInstanceOf(Outcome.Failed.class);
    Outcome.Failed f = (Outcome.Failed) o;
    assertThat(f.reason()).as(f.message()).isEqualTo(reason);
    return f;
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void empty_file_is_skipped_as_empty() throws IOException {
    Path f = Files.write(dir.resolve("empty.html"), new byte[0]);

    assertSkipped(only(f), Reason.EMPTY);
  }

  @Test
  void random_bytes_named_html_are_skipped_as_binary() throws IOException {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    bytes[10] = 0;
    Path f = Files.write(dir.resolve("binary.html"), bytes);

    assertSkipped(only(f), Reason.BINARY);
  }

  @Test
  void truncated_gzip_fails_as_truncated() throws IOException {
    byte[] gz = gzip(PAGE.repeat(50).getBytes(StandardCharsets.UTF_8));
    Path f = Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length / 2));

    assertFailed(only(f), Reason.TRUNCATED);
  }

  @Test
  void corrupt_gzip_fails_as_corrupt() throws IOException {
    byte[] gz = gzip(PAGE.repeat(50).getBytes(StandardCharsets.UTF_8));
    Arrays.fill(gz, 10, 30, (byte) 0xFF);
    Path f = Files.write(dir.resolve("corrupt.html.gz"), gz);

    assertFailed(only(f), Reason.CORRUPT);
  }

  @Test
  void truncated_warc_record_fails_as_truncated_after_the_good_records() throws IOException {
    Path f = dir.resolve("cut.warc");
    Files.write(f, Arrays.copyOf(SampleWarc.bytes(PAGE), SampleWarc.bytes(PAGE).length - 50));

    List<Outcome> outcomes = run(f);

    assertThat(outcomes.get(0)).isInstanceOf(Outcome.Extracted.class);
    Outcome.Failed last = assertFailed(outcomes.get(outcomes.size() - 1), Reason.TRUNCATED);
    assertThat(last.message()).contains("expected").contains("bytes of content, got");
  }

  @Test
  void fifty_megabyte_page_fails_as_too_large() throws IOException {
    Path f = dir.resolve("huge.html");
    byte[] chunk =
        "<p>filler text filler text filler text</p>\n"
            .repeat(1000)
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
      for (long n = 0; n < 50L * 1024 * 1024; n += chunk.length) {
        out.write(chunk);
      }
    }

    Outcome.Failed failed = assertFailed(only(f), Reason.TOO_LARGE);
    assertThat(failed.stage()).isEqualTo(Stage.EXTRACT);
  }

  @Test
  void page_without_text_is_skipped_as_no_body() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("nobody.html"),
            "<html><head><title>Vuota</title></head><body></body></html>");

    assertSkipped(only(f), Reason.NO_BODY);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hundred_thousand_nested_divs_do_not_overflow_the_stack() throws IOException {
    int depth = 100_000;
    String html =
        "<html><body>"
            + "<div>".repeat(depth)
            + "<p>Testo profondo.</p>"
            + "</div>".repeat(depth)
            + "</body></html>";
    Path f = Files.writeString(dir.resolve("deep.html"), html);

    Outcome o = only(f);

    if (o instanceof Outcome.Failed failed) {
      assertThat(failed.reason()).as(failed.message()).isEqualTo(Reason.TOO_DEEP);
    }
  }

  @Test
  void jsonl_line_that_is_not_json_fails_as_malformed_and_the_next_line_is_read()
      throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("feed.jsonl"),
            "this is not json\n{\"url\":\"https://x.org/a\",\"html\":\""
                + PAGE.replace("\"", "\\\"")
                + "\"}\n");

    List<Outcome> outcomes = run(f);

    assertThat(outcomes).hasSize(2);
    assertFailed(outcomes.get(0), Reason.MALFORMED_JSON);
    assertThat(outcomes.get(1)).isInstanceOf(Outcome.Extracted.class);
  }

  @Test
  void gzip_bomb_fails_as_too_large_at_the_source() throws IOException {
    Path f = dir.resolve("bomb.html.gz");
    byte[] spaces = new byte[1 << 20];
    Arrays.fill(spaces, (byte) ' ');
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      for (int i = 0; i < 100; i++) {
        out.write(spaces);
      }
    }

    Outcome.Failed failed = assertFailed(only(f), Reason.TOO_LARGE);
    assertThat(failed.stage()).isEqualTo(Stage.SOURCE);
    assertThat(failed.message()).contains("gzip bomb");
  }

  @Test
  void missing_path_fails_as_io_error() {
    Outcome.Failed failed = assertFailed(only(dir.resolve("nope.html")), Reason.IO_ERROR);

    assertThat(failed.message()).contains("no such file");
  }

  @Test
  void a_folder_of_bad_inputs_gives_one_outcome_per_record_and_goes_on() throws IOException {
    Files.write(dir.resolve("a-empty.html"), new byte[0]);
    Files.writeString(dir.resolve("b-good.html"), PAGE);
    Files.writeString(dir.resolve("c-bad.jsonl"), "nope\n\n{\"text\":3}\n");
    Files.write(
        dir.resolve("d-cut.html.gz"),
        Arrays.copyOf(gzip(PAGE.getBytes(StandardCharsets.UTF_8)), 20));
    Files.writeString(dir.resolve("e-good.html"), PAGE);

    List<Outcome> outcomes = run(dir);

    assertThat(outcomes).hasSize(6);
    assertThat(outcomes.stream().filter(o -> o instanceof Outcome.Extracted).count()).isEqualTo(2);
  }
}
