package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongLinesTest {

  @Test
  void short_lines_are_left_alone() {
    String text = "uno due\ntre\n";

    assertThat(LongLines.split(text, 10)).isSameAs(text);
  }

  @Test
  void a_long_line_is_split_at_spaces_within_the_bound_and_loses_no_word() {
    String line = "alfa beta gamma delta epsilon zeta eta theta";

    String split = LongLines.split("prima\n" + line + "\nultima", 12);

    assertThat(split.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(12));
    assertThat(split.replace('\n', ' ')).isEqualTo("prima " + line + " ultima");
  }

  @Test
  void a_line_without_spaces_is_cut_at_the_bound_without_breaking_a_surrogate_pair() {
    String line = "ab\uD83D\uDE00cd".repeat(3);

    String split = LongLines.split(line, 3);

    assertThat(split.replace("\n", "")).isEqualTo(line);
    assertThat(split.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(3));
    assertThat(split.lines()).noneMatch(l -> !l.isEmpty() && Character.isLowSurrogate(l.charAt(0)));
  }
}
