package org.rassegna.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.nlp.AnnotatedArticle;
import org.rassegna.nlp.Span;
import org.rassegna.nlp.event.EventActor;
import org.rassegna.nlp.event.PloverType;
import org.rassegna.nlp.event.PoliticalEvent;

class EventFilterTest {
  private static final String PASSAGE =
      "{\"id\":\"x\",\"lang\":\"en\",\"published\":null,"
          + "\"text\":\"Russia attacked Ukraine. Fans protested.\","
          + "\"events\":[{\"type\":\"ASSAULT\",\"source\":\"RUS\",\"target\":\"UKR\",\"date\":null}]}";

  @TempDir Path tmp;

  private static JsonNode passage() throws IOException {
    return new ObjectMapper().readTree(PASSAGE);
  }

  private static PoliticalEvent assault() {
    EventActor russia =
        new EventActor(Optional.of("Q159"), "Russia", Optional.of("RUS"), Optional.empty(), 0, 6);
    EventActor ukraine =
        new EventActor(
            Optional.of("Q212"), "Ukraine", Optional.of("UKR"), Optional.empty(), 16, 23);
    return new PoliticalEvent(
        PloverType.ASSAULT,
        Optional.empty(),
        Optional.of(russia),
        Optional.of(ukraine),
        Optional.empty(),
        false,
        false,
        0,
        24,
        new Span(7, 15),
        0.9);
  }

  private static PoliticalEvent protest() {
    EventActor fans =
        new EventActor(Optional.empty(), "Fans", Optional.empty(), Optional.empty(), 25, 29);
    return new PoliticalEvent(
        PloverType.PROTEST,
        Optional.empty(),
        Optional.of(fans),
        Optional.empty(),
        Optional.empty(),
        false,
        false,
        25,
        40,
        new Span(30, 39),
        0.5);
  }

  private static AnnotatedArticle article(JsonNode p) {
    return new AnnotatedArticle(
        EventSetEval.article(p),
        Optional.of("en"),
        1,
        List.of(),
        List.of(),
        List.of(),
        List.of(assault(), protest()));
  }

  @Test
  void gold_with_type_and_source_country_labels_only_the_matching_event_right() throws IOException {
    JsonNode p = passage();
    assertThat(EventSetEval.goldHasTypeAndSource(p, assault())).isTrue();
    assertThat(EventSetEval.goldHasTypeAndSource(p, protest())).isFalse();
  }

  @Test
  void filter_learns_to_drop_the_kind_of_event_the_gold_lacks() throws IOException {
    AnnotatedArticle a = article(passage());
    List<EventFilter.Example> examples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      examples.add(new EventFilter.Example(a, assault(), true));
      examples.add(new EventFilter.Example(a, protest(), false));
    }
    EventFilter filter = EventFilter.train(examples, 10, 7);
    assertThat(filter.filter(a, 0.5))
        .extracting(PoliticalEvent::type)
        .containsExactly(PloverType.ASSAULT);
    assertThat(filter.filter(a, 0)).hasSize(2);
    assertThat(EventFilter.train(examples, 10, 7).probability(a, protest()))
        .isEqualTo(filter.probability(a, protest()));
  }

  @Test
  void scoring_coded_events_uses_the_set_metric() throws IOException {
    Path set = tmp.resolve("set.jsonl");
    Files.writeString(set, PASSAGE + "\n", StandardCharsets.UTF_8);
    List<JsonNode> passages = EventSetEval.read(set);
    AnnotatedArticle a = article(passages.get(0));
    EventSetEval.Result all = EventSetEval.scoreEvents(passages, p -> a.events());
    EventSetEval.Result kept = EventSetEval.scoreEvents(passages, p -> List.of(assault()));
    assertThat(EventFilterCv.all(all).f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(EventFilterCv.all(kept).f1()).isEqualTo(1.0);
  }
}
