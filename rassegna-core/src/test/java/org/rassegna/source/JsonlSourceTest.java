package org.rassegna.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceItem;

class JsonlSourceTest {
  @TempDir Path dir;

  private List<SourceItem> read(String content) throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return Items.read(file);
  }

  private static String message(SourceItem item) {
    return ((Outcome.Failed) item).message();
  }

  @Test
  void html_and_text_records_give_utf8_pages_with_line_id_and_url() throws IOException {
    List<SourceItem> items =
        read(
            "{\"id\":\"a1\",\"url\":\"https://x.org/1\",\"html\":\"<p>Perché è così</p>\"}\n"
                + "\n"
                + "{\"id\":7,\"text\":\"Титул\\nТекст\",\"fetched\":\"2024-05-01T12:00:00Z\"}\r\n");

    assertThat(Items.kinds(items)).containsExactly("page", "page");
    RawPage html = (RawPage) items.get(0);
    assertThat(html.kind()).isEqualTo(PageKind.HTML);
    assertThat(html.url()).contains("https://x.org/1");
    assertThat(html.declaredCharset()).contains("UTF-8");
    assertThat(html.source().line()).contains(1L);
    assertThat(html.source().recordId()).contains("a1");
    assertThat(html.source().format()).isEqualTo(SourceFormat.JSONL);
    assertThat(Items.text(html)).isEqualTo("<p>Perché è così</p>");
    RawPage text = (RawPage) items.get(1);
    assertThat(text.kind()).isEqualTo(PageKind.TEXT);
    assertThat(text.source().line()).contains(3L);
    assertThat(text.source().recordId()).contains("7");
    assertThat(text.fetched()).contains(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(Items.text(text)).isEqualTo("Титул\nТекст");
  }

  @Test
  void line_that_is_not_json_fails_with_line_number_and_parser_message() throws IOException {
    List<SourceItem> items =
        read("{\"html\":\"<p>a</p>\"}\n{\"html\": \"<p>b</p>\"\n{\"text\":\"c\"}\n");

    assertThat(Items.kinds(items)).containsExactly("page", "failed:malformed-json", "page");
    assertThat(items.get(1).source().line()).contains(2L);
    assertThat(message(items.get(1))).startsWith("line 2: not JSON: ").contains("column");
  }

  @Test
  void missing_and_mistyped_fields_are_named() throws IOException {
    List<SourceItem> items =
        read(
            "{\"url\":\"https://x.org\"}\n"
                + "{\"html\":42}\n"
                + "{\"html\":\"<p>x</p>\",\"url\":[1]}\n"
                + "[1,2]\n"
                + "{\"text\":\"ok\",\"fetched\":\"yesterday\"}\n"
                + "{\"text\":\"a\"} trailing\n");

    assertThat(Items.kinds(items))
        .containsExactly(
            "failed:missing-field",
            "failed:malformed-json",
            "failed:malformed-json",
            "failed:malformed-json",
            "failed:malformed-json",
            "failed:malformed-json");
    assertThat(message(items.get(0))).contains("\"html\"").contains("\"text\"");
    assertThat(message(items.get(1)))
        .isEqualTo("line 2: field \"html\" must be a string, got number");
    assertThat(message(items.get(2))).contains("field \"url\"");
    assertThat(message(items.get(3))).contains("expected a JSON object, got array");
    assertThat(message(items.get(4))).contains("field \"fetched\"");
  }

  @Test
  void line_over_the_bound_fails_too_large_and_the_next_line_is_read() throws IOException {
    Path file = dir.resolve("long.jsonl");
    Files.writeString(file, "{\"html\":\"" + "x".repeat(5000) + "\"}\n{\"text\":\"short\"}\n");

    List<SourceItem> items = Items.read(file, new SourceOptions(1000, 10));

    assertThat(Items.kinds(items)).containsExactly("failed:too-large", "page");
    assertThat(items.get(1).source().line()).contains(2L);
  }

  @Test
  void gzipped_jsonl_is_read_and_a_cut_stream_ends_with_one_failure() throws IOException {
    byte[] gz =
        WarcFixture.gzip(
            "{\"text\":\"one\"}\n{\"text\":\"two\"}\n"
                .repeat(2000)
                .getBytes(StandardCharsets.UTF_8));
    Path whole = dir.resolve("a.jsonl.gz");
    Files.write(whole, gz);
    Path cut = dir.resolve("b.jsonl.gz");
    Files.write(cut, Arrays.copyOf(gz, gz.length / 2));

    assertThat(Items.read(whole)).hasSize(4000).allMatch(i -> i instanceof RawPage);
    List<SourceItem> items = Items.read(cut);
    assertThat(items.get(items.size() - 1)).isInstanceOf(Outcome.Failed.class);
    assertThat(Items.kind(items.get(items.size() - 1))).isEqualTo("failed:truncated");
    assertThat(items.subList(0, items.size() - 1)).allMatch(i -> i instanceof RawPage);
  }

  @Test
  void file_with_only_blank_lines_is_skipped_as_empty() throws IOException {
    assertThat(Items.kinds(read("\n  \n\n"))).containsExactly("skipped:empty");
  }

  @Test
  void standard_input_starting_with_a_brace_is_read_as_jsonl() {
    byte[] in = "{\"html\":\"<p>a</p>\"}\n{\"html\":\"<p>b</p>\"}".getBytes(StandardCharsets.UTF_8);

    List<SourceItem> items =
        Items.drain(
            Sources.openStdin(
                new ByteArrayInputStream(in), Optional.empty(), SourceOptions.defaults()));

    assertThat(Items.kinds(items)).containsExactly("page", "page");
    assertThat(items.get(1).source().describe()).isEqualTo("-:2");
  }
}
