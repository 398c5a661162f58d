package org.rassegna.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentContextTest {

  private static List<List<String>> features(DocumentContext document, int s, int tokens) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < tokens; i++) {
      out.add(new ArrayList<>());
    }
    document.features(s, out);
    return out;
  }

  @Test
  void a_name_sees_the_neighbours_of_its_other_occurrences() {
    DocumentContext document =
        new DocumentContext(
            List.of(
                List.of("Il", "team", "Alinghi", "vince", "."),
                List.of("Alinghi", "è", "in", "testa", ".")));
    List<String> first = features(document, 1, 5).get(0);
    assertThat(first).contains("dp1=team", "dn1=vince", "dseen");
    assertThat(first).doesNotContain("dp1=<s>", "dn1=è");
  }

  @Test
  void a_capitalised_word_written_lower_case_nearby_is_flagged() {
    DocumentContext document =
        new DocumentContext(
            List.of(List.of("Governo", "in", "crisi", "."), List.of("Il", "governo", "cade", ".")));
    assertThat(features(document, 0, 4).get(0)).contains("dlower").doesNotContain("dseen");
  }

  @Test
  void occurrences_beyond_the_window_are_ignored() {
    List<List<String>> sentences = new ArrayList<>();
    sentences.add(List.of("Roma", "vince", "."));
    for (int i = 0; i < DocumentContext.WINDOW; i++) {
      sentences.add(List.of("nulla", "."));
    }
    sentences.add(List.of("A", "Roma", "piove", "."));
    DocumentContext document = new DocumentContext(sentences);
    assertThat(features(document, 0, 3).get(0)).isEmpty();
  }
}
