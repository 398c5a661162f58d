package org.rassegna.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustererTest {
  private static final List<String> CITIES = List.of("Roma", "Milano", "Torino", "Napoli");
  private static final List<String> VERBS = List.of("parla", "scrive", "risponde", "attacca");

  /** Cities always follow "a" and precede "oggi"; verbs follow a name and precede "che". */
  private static List<List<String>> corpus() {
    List<List<String>> out = new ArrayList<>();
    for (String city : CITIES) {
      for (String verb : VERBS) {
        out.add(List.of("Mario", verb, "che", "a", city, "oggi", "piove"));
        out.add(List.of("Anna", verb, "che", "a", city, "oggi", "nevica"));
      }
    }
    out.add(List.of("Unico", "hapax"));
    return out;
  }

  @Test
  void words_of_the_same_contexts_share_a_class_and_others_do_not() {
    Map<String, Integer> classes = new WordClusterer(4, 2, 10, line -> {}).cluster(corpus());
    assertThat(CITIES.stream().map(c -> classes.get(c.toLowerCase())).distinct()).hasSize(1);
    assertThat(VERBS.stream().map(v -> classes.get(v)).distinct()).hasSize(1);
    assertThat(classes.get("roma")).isNotEqualTo(classes.get("parla"));
  }

  @Test
  void rare_words_get_no_class_and_words_are_lower_cased() {
    Map<String, Integer> classes = new WordClusterer(4, 2, 10, line -> {}).cluster(corpus());
    assertThat(classes).doesNotContainKeys("hapax", "unico", "Roma").containsKey("roma");
  }

  @Test
  void same_text_gives_the_same_classes() {
    assertThat(new WordClusterer(3, 1, 5, line -> {}).cluster(corpus()))
        .isEqualTo(new WordClusterer(3, 1, 5, line -> {}).cluster(corpus()));
  }
}
