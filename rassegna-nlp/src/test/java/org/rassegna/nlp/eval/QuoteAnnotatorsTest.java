package org.rassegna.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every second labelling of a quote set (kept for the inter-annotator figures in the sets' README)
 * parses, holds the passages of its set and can be scored against it.
 */
class QuoteAnnotatorsTest {
  private static final Path DIR = Path.of("src/test/resources/quotes");

  @Test
  void every_second_labelling_scores_against_its_set() throws IOException {
    List<Path> labellings;
    try (Stream<Path> files = Files.list(DIR.resolve("annotators"))) {
      labellings = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(labellings).isNotEmpty();
    for (Path labelling : labellings) {
      String name = labelling.getFileName().toString();
      Path set = DIR.resolve(name.substring(0, name.indexOf('.')) + ".txt");
      List<QuoteEval.Score> scores = QuoteAgreement.of(set, labelling);
      QuoteEval.Score all = scores.get(scores.size() - 1);
      assertThat(all.gold()).as(name).isPositive();
      assertThat(all.predicted()).as(name).isPositive();
    }
  }
}
