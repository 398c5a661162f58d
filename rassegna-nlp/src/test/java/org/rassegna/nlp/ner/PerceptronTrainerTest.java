package org.rassegna.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityType;

class PerceptronTrainerTest {

  private static List<LabeledSentence> toyCorpus() {
    String[] people = {"Anna", "Marco", "Lucia", "Paolo", "Giulia", "Piero", "Elena", "Sara"};
    String[] places = {"Roma", "Milano", "Torino", "Napoli", "Bari", "Genova", "Pisa", "Siena"};
    List<LabeledSentence> out = new ArrayList<>();
    for (String p : people) {
      for (String c : places) {
        out.add(
            new LabeledSentence(
                List.of("Ieri", p, "Rossi", "è", "andato", "a", c, "."),
                List.of(
                    new TokenSpan(1, 3, EntityType.PERSON),
                    new TokenSpan(6, 7, EntityType.LOCATION))));
      }
    }
    return out;
  }

  private static PerceptronModel train() {
    BilouTags tags = new BilouTags(List.of(EntityType.PERSON, EntityType.LOCATION));
    PerceptronTrainer trainer =
        new PerceptronTrainer(tags, new PerceptronTrainer.Options(5, 1, 0.01f, 7), line -> {});
    return trainer.train("it", toyCorpus(), List.of());
  }

  @Test
  void trained_model_tags_an_unseen_name_in_a_learnt_context() {
    List<TokenSpan> found =
        train().tag(List.of("Ieri", "Bruno", "Rossi", "è", "andato", "a", "Bari", "."));
    assertThat(found)
        .containsExactly(
            new TokenSpan(1, 3, EntityType.PERSON), new TokenSpan(6, 7, EntityType.LOCATION));
  }

  @Test
  void written_model_reads_back_and_tags_the_same() throws IOException {
    PerceptronModel model = train();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    PerceptronModel read = PerceptronModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    List<String> sentence = List.of("Ieri", "Sara", "Rossi", "è", "andato", "a", "Siena", ".");
    assertThat(read.tag(sentence)).isEqualTo(model.tag(sentence));
    assertThat(read.features()).isEqualTo(model.features());
    assertThat(read.names()).isEqualTo(model.names());
  }

  @Test
  void training_is_deterministic_for_a_seed() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    train().write(a);
    train().write(b);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
  }
}
