package org.rassegna.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityType;

class StackedTrainerTest {
  private static final BilouTags TAGS =
      new BilouTags(List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION));

  /** Cities that are places after "a" and clubs before "ha vinto", the same name in both. */
  private static List<LabeledSentence> corpus() {
    String[] people = {"Anna", "Marco", "Lucia", "Paolo", "Giulia", "Piero"};
    String[] cities = {"Roma", "Milano", "Torino", "Napoli", "Bari", "Genova", "Pisa"};
    List<LabeledSentence> out = new ArrayList<>();
    for (String p : people) {
      for (String c : cities) {
        out.add(
            new LabeledSentence(
                List.of(p, "Rossi", "è", "andato", "a", c, "."),
                List.of(
                    new TokenSpan(0, 2, EntityType.PERSON),
                    new TokenSpan(5, 6, EntityType.LOCATION))));
        out.add(
            new LabeledSentence(
                List.of("Il", c, "ha", "vinto", "."),
                List.of(new TokenSpan(1, 2, EntityType.ORGANIZATION))));
      }
    }
    return out;
  }

  private static PerceptronModel train(int folds) {
    PerceptronTrainer trainer =
        new PerceptronTrainer(
            TAGS, new PerceptronTrainer.Options(4, 1, 0.01f, 7, folds, false), l -> {});
    return trainer.train(
        "it", List.of(new PerceptronTrainer.Corpus("news", corpus())), List.of(), Optional.empty());
  }

  @Test
  void folds_above_one_give_a_stacked_model_and_zero_a_single_pass() {
    assertThat(train(3).stacked()).isTrue();
    assertThat(train(0).stacked()).isFalse();
  }

  @Test
  void stacked_model_tags_the_learnt_contexts() {
    List<TokenSpan> found =
        train(3).tag(List.of("Sara", "Rossi", "è", "andato", "a", "Bari", "."), "news");
    assertThat(found)
        .containsExactly(
            new TokenSpan(0, 2, EntityType.PERSON), new TokenSpan(5, 6, EntityType.LOCATION));
  }

  @Test
  void stacked_model_reads_back_and_tags_documents_the_same() throws IOException {
    PerceptronModel model = train(3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    PerceptronModel read = PerceptronModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    List<List<String>> document =
        List.of(
            List.of("Il", "Pisa", "ha", "vinto", "."),
            List.of("Elena", "Rossi", "è", "andato", "a", "Pisa", "."));
    assertThat(read.stacked()).isTrue();
    assertThat(read.features()).isEqualTo(model.features());
    assertThat(read.tagDocument(document, "news")).isEqualTo(model.tagDocument(document, "news"));
  }

  @Test
  void stacked_training_is_deterministic_for_a_seed() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    train(3).write(a);
    train(3).write(b);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
  }
}
