package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.kb.AliasKeys;

class EventDatesTest {
  /** A Friday. */
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2022, 1, 21));

  private static Optional<LocalDate> resolve(String sentence, Optional<LocalDate> published) {
    List<String> keys = List.of(sentence.split(" ")).stream().map(AliasKeys::token).toList();
    int trigger = keys.indexOf("x");
    return EventDates.resolve(keys, trigger, trigger, published);
  }

  @Test
  void yesterday_in_each_language_is_the_day_before_publication() {
    for (String s : List.of("ieri x", "yesterday x", "x ayer", "hier x", "gestern x", "ontem x")) {
      assertThat(resolve(s, PUBLISHED)).as(s).contains(LocalDate.of(2022, 1, 20));
    }
  }

  @Test
  void weekday_is_the_latest_such_day_on_or_before_publication() {
    assertThat(resolve("on Monday x", PUBLISHED)).contains(LocalDate.of(2022, 1, 17));
    assertThat(resolve("el miércoles x", PUBLISHED)).contains(LocalDate.of(2022, 1, 19));
    assertThat(resolve("samedi x", PUBLISHED)).contains(LocalDate.of(2022, 1, 15));
    assertThat(resolve("venerdì x", PUBLISHED)).contains(LocalDate.of(2022, 1, 21));
  }

  @Test
  void portuguese_ordinal_is_a_weekday_only_before_feira() {
    assertThat(resolve("na segunda feira x", PUBLISHED)).contains(LocalDate.of(2022, 1, 17));
    assertThat(resolve("pela segunda vez x", PUBLISHED)).isEqualTo(PUBLISHED);
  }

  @Test
  void day_and_month_take_the_publication_year_unless_that_lies_ahead() {
    assertThat(resolve("il 20 gennaio x", PUBLISHED)).contains(LocalDate.of(2022, 1, 20));
    assertThat(resolve("x on December 3", PUBLISHED)).contains(LocalDate.of(2021, 12, 3));
    assertThat(resolve("le 1er janvier x", PUBLISHED)).contains(LocalDate.of(2022, 1, 1));
    assertThat(resolve("el 5 de marzo de 2019 x", PUBLISHED)).contains(LocalDate.of(2019, 3, 5));
  }

  @Test
  void the_date_word_nearest_the_trigger_wins() {
    assertThat(resolve("ieri e poi oggi x", PUBLISHED)).contains(LocalDate.of(2022, 1, 21));
    assertThat(resolve("l' altro ieri x", PUBLISHED)).contains(LocalDate.of(2022, 1, 19));
  }

  @Test
  void without_publication_day_only_a_full_date_resolves() {
    assertThat(resolve("ieri x", Optional.empty())).isEmpty();
    assertThat(resolve("x il 25 luglio 2011", Optional.empty()))
        .contains(LocalDate.of(2011, 7, 25));
    assertThat(resolve("x il 31 febbraio 2011", Optional.empty())).isEmpty();
  }

  @Test
  void no_date_word_gives_the_publication_day() {
    assertThat(resolve("putin x maduro", PUBLISHED)).isEqualTo(PUBLISHED);
  }

  @Test
  void date_word_nearer_another_trigger_is_that_triggers_day() {
    List<String> keys =
        List.of(
                "since the attack of 7 October , as prices rose , the bombing killed 7000"
                    .split(" "))
            .stream()
            .map(AliasKeys::token)
            .toList();
    int attack = keys.indexOf("attack");
    int bombing = keys.indexOf("bombing");
    List<int[]> attackOnly = List.<int[]>of(new int[] {attack, attack});
    assertThat(EventDates.resolve(keys, bombing, bombing, attackOnly, PUBLISHED))
        .isEqualTo(PUBLISHED);
    assertThat(EventDates.resolve(keys, bombing, bombing, PUBLISHED))
        .contains(LocalDate.of(2021, 10, 7));
  }
}
