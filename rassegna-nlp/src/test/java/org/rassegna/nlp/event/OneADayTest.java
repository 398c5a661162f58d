package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.Span;

class OneADayTest {
  private static EventActor actor(String country) {
    return new EventActor(Optional.empty(), country, Optional.of(country), Optional.empty(), 0, 1);
  }

  private static PoliticalEvent event(PloverType type, String target, int at, boolean hypo) {
    return new PoliticalEvent(
        type,
        Optional.empty(),
        Optional.of(actor("ISR")),
        Optional.of(actor(target)),
        Optional.of(LocalDate.of(2023, 11, 2)),
        false,
        hypo,
        at,
        at + 10,
        new Span(at, at + 3),
        0.5);
  }

  @Test
  void a_retelling_of_the_same_dyad_type_and_day_is_kept_once() {
    PoliticalEvent first = event(PloverType.ASSAULT, "LBN", 0, false);
    List<PoliticalEvent> kept =
        OneADay.filter(
            List.of(
                first,
                event(PloverType.ASSAULT, "LBN", 20, false),
                event(PloverType.ASSAULT, "SYR", 40, false),
                event(PloverType.THREATEN, "LBN", 60, false),
                event(PloverType.ASSAULT, "LBN", 80, true)));
    assertThat(kept).hasSize(4).first().isEqualTo(first);
  }
}
