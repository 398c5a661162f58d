package org.rassegna.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rassegna.nlp.Annotator;

/**
 * Holds the shipped quote rules to the F1 measured on the six development sets (see the sets'
 * README), less a small margin, so a rule change that loses quotes elsewhere shows up as a failing
 * build. {@code quotes-blind4.txt} joined them in the sixth round, once its one blind score was
 * recorded; the blind set ({@code quotes-blind5.txt}) is left out on purpose: a build gate on it
 * would invite tuning to it. {@code quotes-test.txt} keeps its bar though it lost a point in the
 * fifth round (one newly found quote goes to a person the entity recogniser mislabelled).
 */
class QuoteSetScoresTest {
  private static final QuoteEval EVAL = new QuoteEval(Annotator.defaults());

  @ParameterizedTest(name = "{0}: F1 >= {1}")
  @CsvSource({
    "quotes-set.txt, 0.81",
    "quotes-heldout.txt, 0.88",
    "quotes-test.txt, 0.75",
    "quotes-blind2.txt, 0.82",
    "quotes-blind3.txt, 0.76",
    "quotes-blind4.txt, 0.88"
  })
  void shipped_rules_keep_their_development_f1(String file, double minimum)
      throws IOException, URISyntaxException {
    Path path = Path.of(QuoteSetScoresTest.class.getResource("/quotes/" + file).toURI());
    List<QuoteEval.Score> scores = EVAL.run(path);
    QuoteEval.Score all = scores.get(scores.size() - 1);
    assertThat(all.language()).isEqualTo("all");
    assertThat(all.f1()).isGreaterThanOrEqualTo(minimum);
  }
}
