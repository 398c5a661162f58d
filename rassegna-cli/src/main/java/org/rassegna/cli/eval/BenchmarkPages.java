package org.rassegna.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.rassegna.json.ArticleJson;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

/**
 * A benchmark folder of pages named by id ({@code <id>.html.gz}, {@code <id>.txt}) and its truth.
 */
record BenchmarkPages(List<Case> cases) {

  /** One page of the benchmark with its ground-truth record. */
  record Case(String id, RawPage page, JsonNode truth) {}

  static BenchmarkPages load(Path dir, Path truthFile, PageKind kind, boolean giveUrl)
      throws IOException {
    JsonNode truth = ArticleJson.mapper().readTree(truthFile.toFile());
    List<Case> cases = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      Optional<Path> file = find(dir, e.getKey(), kind);
      if (file.isEmpty()) {
        throw new IOException("no page for id " + e.getKey() + " in " + dir);
      }
      byte[] bytes = read(file.get());
      SourceRef ref =
          SourceRef.file(
              file.get().toString(), kind == PageKind.HTML ? SourceFormat.HTML : SourceFormat.TEXT);
      RawPage page = RawPage.of(ref, kind, bytes);
      JsonNode url = e.getValue().get("url");
      if (giveUrl && url != null && url.isTextual()) {
        page = page.withUrl(url.asText());
      }
      cases.add(new Case(e.getKey(), page, e.getValue()));
    }
    return new BenchmarkPages(cases);
  }

  private static Optional<Path> find(Path dir, String id, PageKind kind) {
    List<String> names =
        kind == PageKind.HTML
            ? List.of(id + ".html.gz", id + ".html", id + ".htm")
            : List.of(id + ".txt", id + ".txt.gz");
    for (String n : names) {
      Path p = dir.resolve(n);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static byte[] read(Path p) throws IOException {
    if (!p.getFileName().toString().endsWith(".gz")) {
      return Files.readAllBytes(p);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }
}
