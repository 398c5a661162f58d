package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriggerRankerTest {
  private static TriggerCandidate candidate(int at, boolean nominal, PloverType type, String word) {
    TriggerEntry e = new TriggerEntry(List.of(word), type, Optional.empty(), nominal);
    return new TriggerCandidate(
        new TriggerHit(e, at, at, nominal), type, List.of("en:trig=" + word, "lex=" + type));
  }

  /** "accused ... of attacking": the gold sentences call such sentences ACCUSE. */
  private static List<TriggerCandidate> accusedOfAttacking() {
    return List.of(
        candidate(1, false, PloverType.ACCUSE, "accused"),
        candidate(4, false, PloverType.ASSAULT, "attacking"));
  }

  /** "attacked ... after accusing": the first verb is the news. */
  private static List<TriggerCandidate> attackedAfterAccusing() {
    return List.of(
        candidate(1, false, PloverType.ASSAULT, "attacked"),
        candidate(4, false, PloverType.ACCUSE, "accusing"));
  }

  @Test
  void untrained_ranker_keeps_the_first_verbal_trigger() {
    TriggerRanker empty = new TriggerRanker(Map.of());
    List<TriggerCandidate> c =
        List.of(
            candidate(0, true, PloverType.PROTEST, "protest"),
            candidate(2, false, PloverType.COERCE, "arrested"));
    assertThat(empty.best(c)).isEqualTo(1);
    assertThat(empty.order(c)).containsExactly(0, 1);
  }

  @Test
  void ranker_learns_which_trigger_names_the_main_event() {
    List<TriggerRankerTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      examples.add(
          new TriggerRankerTrainer.Example(
              List.of(
                  candidate(1, false, PloverType.ASSAULT, "fought"),
                  candidate(4, false, PloverType.ACCUSE, "blamed")),
              List.of(PloverType.ACCUSE)));
      examples.add(
          new TriggerRankerTrainer.Example(attackedAfterAccusing(), List.of(PloverType.ASSAULT)));
    }
    TriggerRanker ranker = new TriggerRankerTrainer(3, 1).train(examples);
    List<TriggerCandidate> unseen =
        List.of(
            candidate(1, false, PloverType.ASSAULT, "fought"),
            candidate(4, false, PloverType.ACCUSE, "blamed"));
    assertThat(ranker.best(unseen)).isEqualTo(1);
    assertThat(ranker.best(attackedAfterAccusing())).isZero();
    assertThat(ranker.best(accusedOfAttacking())).isZero();
  }

  @Test
  void written_ranker_reads_back_the_same() throws IOException {
    List<TriggerRankerTrainer.Example> examples =
        List.of(
            new TriggerRankerTrainer.Example(
                List.of(
                    candidate(1, false, PloverType.ASSAULT, "fought"),
                    candidate(4, false, PloverType.ACCUSE, "blamed")),
                List.of(PloverType.ACCUSE)));
    TriggerRanker ranker = new TriggerRankerTrainer(2, 1).train(examples);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ranker.write(out);
    TriggerRanker back = TriggerRanker.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.size()).isEqualTo(ranker.size()).isPositive();
    assertThat(back.best(examples.get(0).triggers())).isEqualTo(1);
  }

  @Test
  void shipped_ranker_loads() {
    assertThat(TriggerRanker.shipped()).isPresent();
  }
}
