package org.rassegna.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelAgreementTest {
  private static final String PASSAGE =
      "Il Cremlino non esclude nulla. Lo ha detto il portavoce Dmitry Peskov. \"Vedremo\", ha"
          + " aggiunto Peskov.";

  @TempDir Path tmp;

  @Test
  void a_second_labelling_is_scored_like_the_finder_with_named_speakers_compared_by_surname()
      throws IOException {
    Path first =
        quotes(
            "first.txt",
            "= R | Dmitry Peskov;Peskov | Il Cremlino~nulla",
            "= D | Dmitry Peskov;Peskov | Vedremo");
    Path second =
        quotes(
            "second.txt",
            "= R | il portavoce Dmitry Peskov | Il Cremlino non esclude~nulla",
            "= D | - | Vedremo");

    List<QuoteEval.Score> scores = QuoteAgreement.of(first, second);

    QuoteEval.Score all = scores.get(scores.size() - 1);
    assertThat(all.language()).isEqualTo("all");
    assertThat(all.gold()).isEqualTo(2);
    assertThat(all.predicted()).isEqualTo(2);
    assertThat(all.correct()).isEqualTo(1);
    assertThat(all.spanF1()).isEqualTo(1.0);
    assertThat(QuoteAgreement.of(first, first).get(1).f1()).isEqualTo(1.0);
  }

  @Test
  void labellings_of_different_passages_are_refused() throws IOException {
    Path first = quotes("first.txt", "= R | Peskov | Il Cremlino~nulla");
    Path other = tmp.resolve("other.txt");
    Files.writeString(other, ">>> it-02 it test\nAltro testo.\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> QuoteAgreement.of(first, other))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("it-01");
  }

  @Test
  void a_second_event_labelling_is_scored_with_the_set_metric() throws IOException {
    String head = "{\"id\":\"a\",\"lang\":\"it\",\"published\":\"2022-01-21\",\"text\":\"x\",";
    Path first = tmp.resolve("first.jsonl");
    Files.writeString(
        first,
        head
            + "\"events\":[{\"type\":\"CONSULT\",\"source\":\"RUS\",\"target\":\"VEN\","
            + "\"date\":\"2022-01-20\"},{\"type\":\"SUPPORT\",\"source\":\"RUS\","
            + "\"target\":\"VEN\",\"date\":\"2022-01-21\"}]}\n",
        StandardCharsets.UTF_8);
    Path second = tmp.resolve("second.jsonl");
    Files.writeString(
        second,
        head
            + "\"events\":[{\"type\":\"CONSULT\",\"source\":\"VEN\",\"target\":\"RUS\","
            + "\"date\":\"2022-01-20\"},{\"type\":\"AGREE\",\"source\":\"RUS\","
            + "\"target\":\"VEN\",\"date\":\"2022-01-21\"}]}\n",
        StandardCharsets.UTF_8);

    EventSetEval.Result r = EventSetEval.agreement(first, second);

    EventSetEval.Counts all = r.byLanguage().get(r.byLanguage().size() - 1);
    assertThat(all.gold()).isEqualTo(2);
    assertThat(all.predicted()).isEqualTo(2);
    assertThat(all.correct()).isEqualTo(1);
    assertThat(r.mismatches()).extracting(EventSetEval.Mismatch::id).containsExactly("a");
  }

  private Path quotes(String name, String... labels) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(
        file,
        ">>> it-01 it test\n" + PASSAGE + "\n" + String.join("\n", labels) + "\n",
        StandardCharsets.UTF_8);
    return file;
  }
}
