package org.rassegna.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceItem;

class WarcSourceTest {
  private static final String PAGE = "<html><body><p>Ciao, città!</p></body></html>";

  @TempDir Path dir;

  @Test
  void html_response_gives_page_with_url_charset_date_offset_and_record_id() throws IOException {
    Path warc = dir.resolve("a.warc");
    new WarcFixture().warcinfo().html("https://example.org/a", PAGE).write(warc);

    List<SourceItem> items = Items.read(warc);

    assertThat(Items.kinds(items)).containsExactly("skipped:unsupported-record", "page");
    RawPage page = (RawPage) items.get(1);
    assertThat(page.kind()).isEqualTo(PageKind.HTML);
    assertThat(page.url()).contains("https://example.org/a");
    assertThat(page.declaredCharset()).contains("utf-8");
    assertThat(page.fetched()).contains(WarcFixture.DATE);
    assertThat(page.source().format()).isEqualTo(SourceFormat.WARC);
    assertThat(page.source().offset()).hasValueSatisfying(o -> assertThat(o).isPositive());
    assertThat(page.source().recordId())
        .hasValueSatisfying(id -> assertThat(id).startsWith("urn:uuid:"));
    assertThat(Items.text(page)).isEqualTo(PAGE);
  }

  @Test
  void gzipped_warc_reads_the_same_records() throws IOException {
    Path warc = dir.resolve("a.warc.gz");
    new WarcFixture()
        .warcinfo()
        .request("https://example.org/a")
        .html("https://example.org/a", PAGE)
        .write(warc);

    List<SourceItem> items = Items.read(warc);

    assertThat(Items.kinds(items))
        .containsExactly("skipped:unsupported-record", "skipped:unsupported-record", "page");
    assertThat(Items.text(items.get(2))).isEqualTo(PAGE);
  }

  @Test
  void gzip_content_encoding_and_chunked_transfer_are_decoded() throws IOException {
    byte[] html = PAGE.getBytes(StandardCharsets.UTF_8);
    String chunked =
        "10\r\n"
            + PAGE.substring(0, 16)
            + "\r\n"
            + Integer.toHexString(html.length - 16)
            + "\r\n"
            + PAGE.substring(16)
            + "\r\n0\r\n\r\n";
    Path warc = dir.resolve("enc.warc");
    new WarcFixture()
        .response(
            "http://x/gz",
            "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\n",
            WarcFixture.gzip(html))
        .response(
            "http://x/chunked",
            "HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked\n",
            chunked.getBytes(StandardCharsets.UTF_8))
        .write(warc);

    List<SourceItem> items = Items.read(warc);

    assertThat(Items.kinds(items)).containsExactly("page", "page");
    assertThat(Items.text(items.get(0))).isEqualTo(PAGE);
    assertThat(Items.text(items.get(1))).isEqualTo(PAGE);
  }

  @Test
  void corrupt_gzip_content_encoding_fails_that_record_and_the_file_goes_on() throws IOException {
    Path warc = dir.resolve("badenc.warc");
    new WarcFixture()
        .response(
            "http://x/gz",
            "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\n",
            "not gzip at all".getBytes(StandardCharsets.UTF_8))
        .html("http://x/ok", PAGE)
        .write(warc);

    List<SourceItem> items = Items.read(warc);

    assertThat(Items.kinds(items)).containsExactly("failed:corrupt", "page");
    assertThat(((Outcome.Failed) items.get(0)).message()).contains("Content-Encoding gzip");
  }

  @Test
  void non_2xx_status_is_skipped_with_the_status() throws IOException {
    Path warc = dir.resolve("s.warc");
    new WarcFixture()
        .response("http://x/404", "HTTP/1.1 404 Not Found\nContent-Type: text/html\n", new byte[0])
        .response("http://x/301", "HTTP/1.1 301 Moved Permanently\nLocation: /b\n", new byte[0])
        .write(warc);

    List<SourceItem> items = Items.read(warc);

    assertThat(Items.kinds(items)).containsExactly("skipped:http-status", "skipped:http-status");
    assertThat(((Outcome.Skipped) items.get(0)).message()).isEqualTo("HTTP 404 Not Found");
  }

  @Test
  void non_html_payload_is_skipped_naming_the_type() throws IOException {
    Path warc = dir.resolve("t.warc");
    new WarcFixture()
        .response("http://x/a.png", "HTTP/1.1 200 OK\nContent-Type: image/png\n", new byte[] {1, 2})
        .write(warc);

    Outcome.Skipped s = (Outcome.Skipped) Items.read(warc).get(0);

    assertThat(s.reason()).isEqualTo(Reason.UNSUPPORTED_CONTENT_TYPE);
    assertThat(s.message()).contains("image/png");
  }

  @Test
  void missing_content_type_is_sniffed() throws IOException {
    Path warc = dir.resolve("sniff.warc");
    new WarcFixture()
        .response(
            "http://x/h",
            "HTTP/1.1 200 OK\n",
            ("\n<!DOCTYPE html>" + PAGE).getBytes(StandardCharsets.UTF_8))
        .response("http://x/b", "HTTP/1.1 200 OK\n", "%PDF-1.4".getBytes(StandardCharsets.UTF_8))
        .write(warc);

    assertThat(Items.kinds(Items.read(warc)))
        .containsExactly("page", "skipped:unsupported-content-type");
  }

  @Test
  void resource_and_wet_conversion_records_give_pages() throws IOException {
    Path wet = dir.resolve("c.warc.wet.gz");
    new WarcFixture()
        .warcinfo()
        .conversion("https://example.org/t", "Titolo\nUn testo semplice.")
        .resource(
            "https://example.org/r",
            "text/html; charset=windows-1252",
            PAGE.getBytes(StandardCharsets.UTF_8))
        .resource("https://example.org/i", "image/jpeg", new byte[] {1})
        .metadata("https://example.org/r")
        .write(wet);

    List<SourceItem> items = Items.read(wet);

    assertThat(Items.kinds(items))
        .containsExactly(
            "skipped:unsupported-record",
            "page",
            "page",
            "skipped:unsupported-content-type",
            "skipped:unsupported-record");
    RawPage text = (RawPage) items.get(1);
    assertThat(text.kind()).isEqualTo(PageKind.TEXT);
    assertThat(text.declaredCharset()).contains("UTF-8");
    assertThat(text.url()).contains("https://example.org/t");
    assertThat(text.fetched()).contains(WarcFixture.DATE);
    assertThat(text.source().format()).isEqualTo(SourceFormat.WET);
    RawPage html = (RawPage) items.get(2);
    assertThat(html.kind()).isEqualTo(PageKind.HTML);
    assertThat(html.declaredCharset()).contains("windows-1252");
    assertThat(((Outcome.Skipped) items.get(4)).message()).contains("metadata");
  }

  @Test
  void truncated_record_fails_with_both_lengths_and_ends_the_file() throws IOException {
    Path warc = dir.resolve("cut.warc");
    new WarcFixture().html("http://x/1", PAGE).html("http://x/2", PAGE + PAGE).write(warc);
    byte[] bytes = Files.readAllBytes(warc);
    Files.write(warc, Arrays.copyOf(bytes, bytes.length - 40));

    List<SourceItem> items = Items.read(warc);

    assertThat(Items.kinds(items)).containsExactly("page", "failed:truncated");
    Outcome.Failed f = (Outcome.Failed) items.get(1);
    assertThat(f.message())
        .matches(
            "WARC record at offset \\d+ in .*cut\\.warc truncated: expected \\d+ bytes of content, got \\d+");
    assertThat(f.source().offset()).isPresent();
  }

  @Test
  void record_over_the_bound_fails_too_large_and_the_next_one_is_read() throws IOException {
    Path warc = dir.resolve("big.warc");
    new WarcFixture()
        .html("http://x/big", PAGE.repeat(100))
        .html("http://x/small", PAGE)
        .write(warc);

    List<SourceItem> items = Items.read(warc, new SourceOptions(1000, 100));

    assertThat(Items.kinds(items)).containsExactly("failed:too-large", "page");
  }

  @Test
  void file_that_is_not_warc_fails_once_as_corrupt() throws IOException {
    Path warc = dir.resolve("junk.warc");
    Files.writeString(warc, "this is not a WARC file\n\n");

    List<SourceItem> items = Items.read(warc);

    assertThat(Items.kinds(items)).containsExactly("failed:corrupt");
  }

  @Test
  void empty_warc_file_is_skipped_as_empty() throws IOException {
    Path warc = dir.resolve("empty.warc");
    Files.write(warc, new byte[0]);

    assertThat(Items.kinds(Items.read(warc))).containsExactly("skipped:empty");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void every_cut_of_a_warc_gives_clean_outcomes() throws IOException {
    for (String name : List.of("whole.warc", "whole.warc.gz")) {
      Path whole = dir.resolve(name);
      new WarcFixture()
          .warcinfo()
          .request("http://x/1")
          .html("http://x/1", PAGE)
          .html("http://x/2", PAGE)
          .write(whole);
      byte[] bytes = Files.readAllBytes(whole);
      Path cut = dir.resolve("cut-" + name);
      for (int n = 0; n < bytes.length; n++) {
        Files.write(cut, Arrays.copyOf(bytes, n));
        List<SourceItem> items = Items.read(cut);
        assertThat(items).as("cut at %d of %s", n, name).isNotEmpty();
        long pages = items.stream().filter(i -> i instanceof RawPage).count();
        assertThat(pages).as("cut at %d of %s", n, name).isLessThanOrEqualTo(2);
        for (SourceItem item : items.subList(0, items.size() - 1)) {
          assertThat(item).as("cut at %d of %s", n, name).isNotInstanceOf(Outcome.Failed.class);
        }
        SourceItem last = items.get(items.size() - 1);
        if (last instanceof RawPage p) {
          assertThat(Items.text(p)).isEqualTo(PAGE);
        }
      }
    }
  }

  @Test
  void stream_reader_sniffs_warc_on_standard_input() throws IOException {
    Path warc = dir.resolve("in.warc.gz");
    new WarcFixture().html("http://x/1", PAGE).write(warc);

    List<SourceItem> items =
        Items.drain(
            Sources.openStdin(
                Files.newInputStream(warc), Optional.empty(), SourceOptions.defaults()));

    assertThat(Items.kinds(items)).containsExactly("page");
    assertThat(items.get(0).source().path()).isEqualTo("-");
  }

  /** Found by WarcSourceFuzzTest: jwarc's lenient media-type parser threw on a non-ASCII byte. */
  @Test
  void record_with_unreadable_content_type_fails_as_corrupt_and_the_next_is_read()
      throws IOException {
    byte[] html = "<html><body><p>Testo</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] bad = record("response", "ap\u008flication/http; msgtype=response", html);
    byte[] good = record("resource", "text/html", html);
    Path f =
        Files.write(
            dir.resolve("bad-type.warc"),
            WarcFixture.concat(new String(bad, StandardCharsets.ISO_8859_1), good));

    List<SourceItem> items = Items.read(f);

    assertThat(Items.kinds(items)).containsExactly("failed:corrupt", "page");
    assertThat(((Outcome.Failed) items.get(0)).message()).contains("malformed Content-Type");
  }

  /**
   * Found by the bad-input run: the failure after a record that declared too short a length carried
   * that record's offset, so a store keyed by offset let the extracted record erase the failure.
   */
  @Test
  void a_record_whose_header_cannot_be_parsed_is_named_by_its_own_offset() throws IOException {
    byte[] html = "<html><body><p>Testo</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] shortLength = record("resource", "text/html", html);
    String head = new String(shortLength, StandardCharsets.ISO_8859_1);
    head = head.replace("Content-Length: " + html.length, "Content-Length: " + (html.length - 10));
    Path f = Files.write(dir.resolve("short.warc"), head.getBytes(StandardCharsets.ISO_8859_1));

    List<SourceItem> items = Items.read(f);

    assertThat(Items.kinds(items)).containsExactly("page", "failed:corrupt");
    assertThat(((Outcome.Failed) items.get(1)).source().offset().orElseThrow())
        .isGreaterThan(((RawPage) items.get(0)).source().offset().orElseThrow());
  }

  private static byte[] record(String type, String contentType, byte[] block) {
    String head =
        "WARC/1.0\r\nWARC-Type: "
            + type
            + "\r\nWARC-Record-ID: <urn:uuid:"
            + type
            + ">\r\nWARC-Target-URI: https://example.org/\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + block.length
            + "\r\n\r\n";
    return WarcFixture.concat(
        head,
        WarcFixture.concat(
            new String(block, StandardCharsets.ISO_8859_1),
            "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
  }
}
