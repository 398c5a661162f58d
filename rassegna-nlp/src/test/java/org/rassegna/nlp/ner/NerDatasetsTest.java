package org.rassegna.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NerDatasetsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "data/ner/kind/WN_test.tsv.gz, news",
    "data/ner/kind/ADG_train.tsv.gz, politics",
    "data/ner/kind/FIC_dev.tsv.gz, fiction",
    "data/ner/wikineural/it/test.conllu.gz, wiki",
    "data/ner/uner/en_ewt-ud-test.iob2.gz, web",
    "data/ner/uner/de_pud-ud-test.iob2.gz, news",
    "somewhere/else/articles.tsv, news"
  })
  void a_file_gets_the_domain_of_the_folder_and_part_it_comes_from(String file, String domain) {
    assertThat(NerDatasets.domain(Path.of(file))).isEqualTo(domain);
  }
}
