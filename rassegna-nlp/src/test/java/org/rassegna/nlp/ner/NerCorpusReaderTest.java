package org.rassegna.nlp.ner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.nlp.EntityType;

class NerCorpusReaderTest {
  @TempDir Path dir;

  @Test
  void two_column_io_tags_read_a_run_of_equal_tags_as_one_entity() throws IOException {
    Path f = dir.resolve("kind.tsv");
    Files.writeString(
        f, "Il\tO\nMonastero\tI-LOC\nLama\tI-LOC\ndi\tO\nPisa\tB-LOC\n\n#\tO\n", UTF_8);
    List<LabeledSentence> s = NerCorpusReader.read(f);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).entities())
        .containsExactly(
            new TokenSpan(1, 3, EntityType.LOCATION), new TokenSpan(4, 5, EntityType.LOCATION));
    assertThat(s.get(1).tokens()).containsExactly("#");
  }

  @Test
  void universal_ner_comments_are_skipped_and_b_tags_split_entities() throws IOException {
    Path f = dir.resolve("uner.iob2");
    Files.writeString(
        f,
        "# sent_id = 1\n# text = Ann Bob met\n1\tAnn\tB-PER\t-\tx\n2\tBob\tB-PER\t-\tx\n"
            + "3\tmet\tO\t-\tx\n",
        UTF_8);
    assertThat(NerCorpusReader.read(f).get(0).entities())
        .containsExactly(
            new TokenSpan(0, 1, EntityType.PERSON), new TokenSpan(1, 2, EntityType.PERSON));
  }
}
