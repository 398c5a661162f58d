package org.rassegna.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rassegna.SharedData;
import org.rassegna.eval.ShingleScore;
import org.rassegna.extract.ExtractOptions;
import org.rassegna.extract.PageContext;
import org.rassegna.json.ArticleJson;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

/**
 * Body quality on the Scrapinghub pages rendered as text dumps, scored the Scrapinghub way: {@code
 * \w+} tokens, 4-token shingle multisets, per-document precision and recall, F1 of the means.
 */
class TextDumpBenchmarkTest {

  @Test
  void scrapinghub_dumps_reach_shingle_f1_of_0_85() throws IOException {
    Path dumps = SharedData.dir("data/extraction/scrapinghub-dumps/text");
    Path truthFile = SharedData.dir("data/extraction/scrapinghub/ground-truth.json");
    JsonNode truth = ArticleJson.mapper().readTree(truthFile.toFile());
    Map<String, String> pages = new HashMap<>();
    RepeatedLines.Builder repeated = new RepeatedLines.Builder();
    for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      String text = Files.readString(dumps.resolve(id + ".txt"), StandardCharsets.UTF_8);
      pages.put(id, text);
      repeated.addPage(text);
    }
    Set<String> lines = repeated.build();
    TextDumpExtractor extractor = new TextDumpExtractor();
    ShingleScore score = new ShingleScore();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      SourceRef ref = SourceRef.file(page.getKey(), SourceFormat.TEXT);
      PageContext ctx =
          new PageContext(
              ref, Optional.empty(), Optional.empty(), ExtractOptions.defaults(), lines);
      String predicted = extractor.extract(page.getValue(), ctx).text();
      score.add(predicted, truth.get(page.getKey()).path("articleBody").asText(""));
    }
    double f1 = score.f1();
    double precision = score.precision();
    double recall = score.recall();
    assertThat(f1).as("F1 (P %.3f, R %.3f)", precision, recall).isGreaterThanOrEqualTo(0.85);
  }
}
