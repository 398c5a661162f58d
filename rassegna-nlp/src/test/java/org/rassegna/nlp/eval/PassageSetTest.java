package org.rassegna.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.event.PloverType;

/** The labelled event set is well formed and as large as its README says. */
class PassageSetTest {
  private static final Path SET = Path.of("src/test/resources/events/passages.jsonl");

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
      for (JsonNode e : p.path("events")) {
        assertThat(PloverType.parse(e.path("type").asText())).as(line).isPresent();
        assertThat(e.path("source").isNull() || e.path("source").asText().matches("[A-Z]{3}"))
            .as(line)
            .isTrue();
        assertThat(e.path("target").isNull() || e.path("target").asText().matches("[A-Z]{3}"))
            .as(line)
            .isTrue();
      }
    }
    assertThat(perLanguage.values().stream().mapToInt(Integer::intValue).sum())
        .isGreaterThanOrEqualTo(100);
    assertThat(perLanguage).containsKeys("it", "en", "es", "fr");
    assertThat(perLanguage.values()).allMatch(n -> n >= 20);
    assertThat(empty).isPositive();
  }
}
