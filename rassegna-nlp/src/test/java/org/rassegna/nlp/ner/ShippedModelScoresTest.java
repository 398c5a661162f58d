package org.rassegna.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rassegna.nlp.EntityType;

/**
 * Scores the shipped models on the held-out shared data and holds them to the figures measured when
 * they were trained (see rassegna-nlp/README.md), less a small margin, so a regression in the
 * tokenizer-independent tagging path or a stale model shows up as a failing build.
 */
class ShippedModelScoresTest {
  private static final ModelNerTagger TAGGER = ModelNerTagger.fromClasspath();
  private static final EnumSet<EntityType> CORE =
      EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  @ParameterizedTest(name = "{0} {1}: F1 >= {2}")
  @CsvSource({
    "it, kind/WN_test.tsv.gz, 0.82",
    "it, wikineural/it/test.conllu.gz, 0.88",
    "en, wikineural/en/test.conllu.gz, 0.81",
    "es, wikineural/es/test.conllu.gz, 0.93",
    "fr, wikineural/fr/test.conllu.gz, 0.89",
    "de, wikineural/de/test.conllu.gz, 0.91",
    "pt, wikineural/pt/test.conllu.gz, 0.90",
    "ru, wikineural/ru/test.conllu.gz, 0.78",
    "en, uner/en_ewt-ud-test.iob2.gz, 0.60"
  })
  void shipped_model_keeps_its_measured_f1(String language, String file, double minimum)
      throws IOException {
    Path path = NerData.dir().resolve(file);
    NerScores scores = new NerScores();
    List<LabeledSentence> sentences = NerCorpusReader.read(path);
    List<List<TokenSpan>> predicted =
        TAGGER.tagSentences(
            sentences.stream().map(LabeledSentence::tokens).toList(),
            language,
            NerDatasets.domain(path));
    for (int i = 0; i < sentences.size(); i++) {
      scores.add(sentences.get(i).entities(), predicted.get(i));
    }
    assertThat(scores.micro(CORE).f1()).isGreaterThanOrEqualTo(minimum);
  }
}
