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
import org.rassegna.nlp.Annotator;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.lang.LanguageIdentifier;

/** The quote metric on a two-passage set, with knowledge-base matching alone. */
class QuoteEvalTest {
  private static final Annotator ANNOTATOR =
      new Annotator(
          LanguageIdentifier.defaults(),
          KnowledgeBase.shipped(),
          (text, sentences, language) -> List.of());

  @TempDir Path dir;

  @Test
  void surname_of_gold_speaker_matches_and_unnamed_gold_is_left_out() throws IOException {
    Path set =
        write(
            ">>> a it test\n"
                + "\"Non abbiamo discusso di basi militari\", ha detto Vladimir Putin ai giornalisti.\n"
                + "= D | Putin | Non abbiamo~basi militari\n"
                + "\n"
                + ">>> b it test\n"
                + "\"Siamo pronti a trattare con tutti i paesi vicini\".\n"
                + "= D | - | Siamo pronti~paesi vicini\n");
    List<QuoteEval.Score> scores = new QuoteEval(ANNOTATOR).run(set);
    QuoteEval.Score all = scores.get(scores.size() - 1);
    assertThat(all.language()).isEqualTo("all");
    assertThat(all.gold()).isEqualTo(1);
    assertThat(all.predicted()).isEqualTo(1);
    assertThat(all.correct()).isEqualTo(1);
    assertThat(all.f1()).isEqualTo(1.0);
  }

  @Test
  void span_missing_from_the_passage_names_the_line() throws IOException {
    Path set = write(">>> a en test\nHe said nothing.\n= D | X | not in the text\n");
    assertThatThrownBy(() -> new QuoteEval(ANNOTATOR).run(set))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(":3:");
  }

  private Path write(String content) throws IOException {
    Path p = dir.resolve("set.txt");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }
}
