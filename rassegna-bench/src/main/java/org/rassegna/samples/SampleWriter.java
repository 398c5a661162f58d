package org.rassegna.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes {@code sample.warc.gz} and {@code sample.jsonl} in a samples folder from the pages in its
 * {@code html/} and {@code text/} subfolders. Dates, record ids (name-based UUIDs) and header order
 * are fixed, so a rerun writes the same bytes. Usage: {@code SampleWriter [samples-folder]}.
 */
public final class SampleWriter {
  private static final Instant FETCHED = Instant.parse("2019-11-20T10:00:00Z");

  /** The pages of the WARC: file id prefix and the URL the page was fetched from. */
  private static final List<Map.Entry<String, String>> WARC_PAGES =
      List.of(
          Map.entry(
              "b6fb53e9fb04",
              "http://www.remember8090.it/remake-serie-animata-de-i-cavalieri-dello-zodiaco-per-netflix/"),
          Map.entry("c4a3637c6696", "https://gto-normativy.ru/skajrim-skorost-bega-kak-uvelichit/"),
          Map.entry(
              "14cc2a0ca59c",
              "https://www.sciencealert.com/nasa-finds-water-plumes-above-the-surface-of-jupiter-s-icy-moon-europa"));

  private final Path dir;

  private SampleWriter(Path dir) {
    this.dir = dir;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "samples");
    SampleWriter writer = new SampleWriter(dir);
    writer.writeWarc(dir.resolve("sample.warc.gz"));
    writer.writeJsonl(dir.resolve("sample.jsonl"));
  }

  private void writeWarc(Path out) throws IOException {
    try (WarcWriter w =
        new WarcWriter(
            FileChannel.open(
                out,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            WarcCompression.GZIP)) {
      w.write(
          new Warcinfo.Builder()
              .recordId(id("warcinfo"))
              .date(FETCHED)
              .filename(out.getFileName().toString())
              .fields(
                  new TreeMap<>(
                      Map.of(
                          "software",
                          List.of("rassegna SampleWriter"),
                          "description",
                          List.of("rassegna sample pages (Scrapinghub benchmark, MIT)"))))
              .build());
      for (Map.Entry<String, String> page : WARC_PAGES) {
        writePage(w, page.getKey(), URI.create(page.getValue()));
      }
    }
  }

  private void writePage(WarcWriter w, String idPrefix, URI url) throws IOException {
    HttpRequest request =
        new HttpRequest.Builder("GET", url.getRawPath())
            .addHeader("Host", url.getHost())
            .addHeader("User-Agent", "rassegna-samples")
            .build();
    w.write(
        new WarcRequest.Builder(url)
            .recordId(id("request " + url))
            .date(FETCHED)
            .body(request)
            .build());
    HttpResponse response =
        new HttpResponse.Builder(200, "OK")
            .body(MediaType.HTML_UTF8, Files.readAllBytes(find("html", idPrefix)))
            .build();
    w.write(
        new WarcResponse.Builder(url)
            .recordId(id("response " + url))
            .date(FETCHED)
            .body(response)
            .build());
  }

  private void writeJsonl(Path out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      line(
          w,
          json,
          "ja-1",
          "https://www.lhpat-tm.com/blog/decision-info/index-2726.html",
          "html",
          find("html", "85439e26c41c"));
      line(
          w,
          json,
          "pt-1",
          "https://www.mensagensreflexao.com.br/quem-se-ama",
          "html",
          find("html", "b3c19dd5f061"));
      line(
          w,
          json,
          "en-1",
          "https://www.thespacereview.com/article/3834/1",
          "text",
          find("text", "c00962aabe7b"));
    }
  }

  private static void line(
      Writer w, ObjectMapper json, String id, String url, String field, Path content)
      throws IOException {
    ObjectNode node = json.createObjectNode();
    node.put("id", id);
    node.put("url", url);
    node.put("fetched", FETCHED.toString());
    node.put(field, Files.readString(content, StandardCharsets.UTF_8));
    w.write(json.writeValueAsString(node));
    w.write('\n');
  }

  private Path find(String sub, String idPrefix) throws IOException {
    try (var files = Files.list(dir.resolve(sub))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(idPrefix))
          .findFirst()
          .orElseThrow(() -> new IOException("no sample " + sub + "/" + idPrefix + "*"));
    }
  }

  private static UUID id(String name) {
    return UUID.nameUUIDFromBytes(("rassegna-samples " + name).getBytes(StandardCharsets.UTF_8));
  }
}
