package org.rassegna.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.rassegna.SharedData;
import org.rassegna.eval.ShingleScore;
import org.rassegna.extract.Extraction;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

/** The Scrapinghub article-extraction benchmark (181 pages), skipped when the data is absent. */
class ScrapinghubBenchmarkTest {

  @Test
  void body_extraction_scores_at_least_095_shingle_f1() throws IOException {
    Path dir = SharedData.dir("data/extraction/scrapinghub");
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    Extraction extraction = Extraction.withDefaults();
    ShingleScore score = new ShingleScore();
    Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      RawPage page =
          RawPage.of(SourceRef.file(file.toString(), SourceFormat.HTML), PageKind.HTML, read(file))
              .withUrl(e.getValue().path("url").asText());
      Outcome o = extraction.extract(page);
      String text = o instanceof Outcome.Extracted x ? x.article().text() : "";
      score.add(text, e.getValue().path("articleBody").asText(""));
    }

    assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.93);
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.93);
  }

  private static byte[] read(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}
