package org.rassegna.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

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

class EventSetEvalTest {
  @TempDir Path tmp;

  @Test
  void reciprocal_consult_matches_either_way_and_wrong_date_is_a_miss() throws IOException {
    Path set = tmp.resolve("set.jsonl");
    Files.writeString(
        set,
        String.join(
            "\n",
            "{\"id\":\"a\",\"lang\":\"it\",\"published\":\"2022-01-21\","
                + "\"text\":\"Nella giornata di ieri il presidente russo Vladimir Putin ha incontrato il suo omologo venezuelano Nicolás Maduro.\","
                + "\"events\":[{\"type\":\"CONSULT\",\"source\":\"VEN\",\"target\":\"RUS\","
                + "\"date\":\"2022-01-20\"}]}",
            "{\"id\":\"b\",\"lang\":\"it\",\"published\":\"2022-01-21\","
                + "\"text\":\"Nella giornata di ieri il presidente russo Vladimir Putin ha incontrato il suo omologo venezuelano Nicolás Maduro.\","
                + "\"events\":[{\"type\":\"CONSULT\",\"source\":\"RUS\",\"target\":\"VEN\","
                + "\"date\":\"2022-01-19\"}]}",
            "{\"id\":\"c\",\"lang\":\"it\",\"published\":null,"
                + "\"text\":\"Il tempo sarà bello.\",\"events\":[]}"),
        StandardCharsets.UTF_8);
    Annotator annotator =
        new Annotator(
            LanguageIdentifier.defaults(),
            KnowledgeBase.shipped(),
            (text, sentences, language) -> List.of());
    EventSetEval.Result r = new EventSetEval(annotator).run(set);
    assertThat(r.passages()).isEqualTo(3);
    EventSetEval.Counts all = r.byLanguage().get(r.byLanguage().size() - 1);
    assertThat(all.key()).isEqualTo(EventSetEval.ALL);
    assertThat(all.gold()).isEqualTo(2);
    assertThat(all.predicted()).isEqualTo(2);
    assertThat(all.correct()).isEqualTo(1);
    assertThat(r.mismatches()).extracting(EventSetEval.Mismatch::id).containsExactly("b");
    assertThat(r.byLevel())
        .filteredOn(c -> c.key().equals("type+source+target"))
        .extracting(EventSetEval.Counts::correct)
        .containsExactly(2);
  }
}
