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
  void word_classes_of_the_training_text_are_kept_in_the_model_file() throws IOException {
    BilouTags tags = new BilouTags(List.of(EntityType.PERSON, EntityType.LOCATION));
    PerceptronModel model =
        new PerceptronTrainer(tags, new PerceptronTrainer.Options(5, 1, 0.01f, 7, 0, true), l -> {})
            .train("it", toyCorpus(), List.of());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    PerceptronModel read = PerceptronModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    List<String> sentence = List.of("Ieri", "Bruno", "Rossi", "è", "andato", "a", "Pisa", ".");
    assertThat(model.classifiedWords()).isGreaterThan(10);
    assertThat(read.classifiedWords()).isEqualTo(model.classifiedWords());
    assertThat(read.tag(sentence))
        .isEqualTo(model.tag(sentence))
        .contains(new TokenSpan(6, 7, EntityType.LOCATION));
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

  private static List<LabeledSentence> relabelled(List<LabeledSentence> corpus, EntityType place) {
    return corpus.stream()
        .map(
            s ->
                new LabeledSentence(
                    s.tokens(),
                    s.entities().stream()
                        .map(
                            e ->
                                e.type() == EntityType.LOCATION
                                    ? new TokenSpan(e.start(), e.end(), place)
                                    : e)
                        .toList()))
        .toList();
  }

  @Test
  void each_domain_keeps_its_own_convention_and_the_model_remembers_its_domains()
      throws IOException {
    BilouTags tags =
        new BilouTags(List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION));
    PerceptronTrainer trainer =
        new PerceptronTrainer(tags, new PerceptronTrainer.Options(5, 1, 0.01f, 7), line -> {});
    List<PerceptronTrainer.Corpus> corpora =
        List.of(
            new PerceptronTrainer.Corpus("news", toyCorpus()),
            new PerceptronTrainer.Corpus("wiki", relabelled(toyCorpus(), EntityType.ORGANIZATION)));
    PerceptronModel trained = trainer.train("it", corpora, List.of(), Optional.empty());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trained.write(bytes);
    PerceptronModel model = PerceptronModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    List<String> sentence = List.of("Ieri", "Bruno", "Rossi", "è", "andato", "a", "Bari", ".");
    assertThat(model.domains()).containsExactly("news", "wiki");
    assertThat(model.tag(sentence, "news")).contains(new TokenSpan(6, 7, EntityType.LOCATION));
    assertThat(model.tag(sentence, "wiki")).contains(new TokenSpan(6, 7, EntityType.ORGANIZATION));
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
