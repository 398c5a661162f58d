package org.rassegna.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rassegna.SharedData;
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
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

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
    double precision = 0;
    double recall = 0;
    int precisionDocs = 0;
    int recallDocs = 0;
    for (Map.Entry<String, String> page : pages.entrySet()) {
      SourceRef ref = SourceRef.file(page.getKey(), SourceFormat.TEXT);
      PageContext ctx =
          new PageContext(
              ref,
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              ExtractOptions.defaults(),
              lines);
      String predicted = extractor.extract(page.getValue(), ctx).text();
      double[] pr = score(predicted, truth.get(page.getKey()).path("articleBody").asText(""));
      if (!Double.isNaN(pr[0])) {
        precision += pr[0];
        precisionDocs++;
      }
      if (!Double.isNaN(pr[1])) {
        recall += pr[1];
        recallDocs++;
      }
    }
    precision /= precisionDocs;
    recall /= recallDocs;
    double f1 = 2 * precision * recall / (precision + recall);
    assertThat(f1).as("F1 (P %.3f, R %.3f)", precision, recall).isGreaterThanOrEqualTo(0.85);
  }

  /**
   * Precision and recall of one document's shingles; both 1 when both texts are empty, and NaN
   * (left out of the mean) when undefined: precision of an empty prediction, recall of an empty
   * truth.
   */
  private static double[] score(String predicted, String truth) {
    Map<List<String>, Integer> p = shingles(predicted);
    Map<List<String>, Integer> t = shingles(truth);
    if (p.isEmpty() && t.isEmpty()) {
      return new double[] {1, 1};
    }
    int common = 0;
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      common += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
    }
    int predictedCount = p.values().stream().mapToInt(Integer::intValue).sum();
    int truthCount = t.values().stream().mapToInt(Integer::intValue).sum();
    return new double[] {
      predictedCount == 0 ? Double.NaN : (double) common / predictedCount,
      truthCount == 0 ? Double.NaN : (double) common / truthCount
    };
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> out = new HashMap<>();
    if (!tokens.isEmpty() && tokens.size() < 4) {
      out.put(tokens, 1);
    }
    for (int i = 0; i + 4 <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + 4)), 1, Integer::sum);
    }
    return out;
  }
}
