package org.rassegna.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.event.PloverType;

/** The labelled event sets are well formed and as large as their README says. */
class PassageSetTest {
  private static final Path DIR = Path.of("src/test/resources/events");
  private static final Path SET = DIR.resolve("passages.jsonl");

  @Test
  void set_has_at_least_twenty_passages_per_language_and_valid_labels() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> perLanguage = new HashMap<>();
    int empty = 0;
    for (String line : Files.readAllLines(SET, StandardCharsets.UTF_8)) {
      JsonNode p = json.readTree(line);
      perLanguage.merge(p.path("lang").asText(), 1, Integer::sum);
      assertThat(p.path("text").asText()).isNotBlank();
      empty += p.path("events").isEmpty() ? 1 : 0;
      assertValidEvents(p, line);
    }
    assertThat(perLanguage.values().stream().mapToInt(Integer::intValue).sum())
        .isGreaterThanOrEqualTo(100);
    assertThat(perLanguage).containsKeys("it", "en", "es", "fr");
    assertThat(perLanguage.values()).allMatch(n -> n >= 20);
    assertThat(empty).isPositive();
  }

  @Test
  void every_annotators_labelling_holds_the_passages_of_its_set_with_valid_labels()
      throws IOException {
    List<Path> labellings;
    try (Stream<Path> files = Files.list(DIR.resolve("annotators"))) {
      labellings = files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
    }
    assertThat(labellings).isNotEmpty();
    ObjectMapper json = new ObjectMapper();
    for (Path labelling : labellings) {
      String name = labelling.getFileName().toString();
      Path set = DIR.resolve(name.substring(0, name.indexOf('.')) + ".jsonl");
      assertThat(set).as(name).exists();
      List<String> expected = new ArrayList<>();
      for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
        JsonNode p = json.readTree(line);
        expected.add(p.path("id").asText() + " " + p.path("text").asText());
      }
      List<String> seen = new ArrayList<>();
      for (String line : Files.readAllLines(labelling, StandardCharsets.UTF_8)) {
        JsonNode p = json.readTree(line);
        seen.add(p.path("id").asText() + " " + p.path("text").asText());
        assertValidEvents(p, name + ": " + line);
      }
      assertThat(seen).as(name).isEqualTo(expected);
    }
  }

  private static void assertValidEvents(JsonNode passage, String where) {
    for (JsonNode e : passage.path("events")) {
      assertThat(PloverType.parse(e.path("type").asText())).as(where).isPresent();
      for (String actor : List.of("source", "target")) {
        assertThat(e.path(actor).isNull() || e.path(actor).asText().matches("[A-Z]{3}"))
            .as(where)
            .isTrue();
      }
      assertThat(e.path("date").isNull() || e.path("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"))
          .as(where)
          .isTrue();
    }
  }
}
