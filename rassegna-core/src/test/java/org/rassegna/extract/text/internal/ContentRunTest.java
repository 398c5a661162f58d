package org.rassegna.extract.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentRunTest {

  @Test
  void keeps_the_positive_stretch_and_drops_furniture_around_it() {
    boolean[] in = ContentRun.label(new double[] {-3, -3, 20, 15, -3, -3});
    assertThat(in).containsExactly(false, false, true, true, false, false);
  }

  @Test
  void short_heading_between_paragraphs_stays_in_the_article() {
    boolean[] in = ContentRun.label(new double[] {-3, 20, -1.5, 20, -3});
    assertThat(in).containsExactly(false, true, true, true, false);
  }

  @Test
  void strongly_negative_line_inside_the_article_is_skipped_as_a_gap() {
    boolean[] in = ContentRun.label(new double[] {30, -8, 30});
    assertThat(in).containsExactly(true, false, true);
  }

  @Test
  void page_without_prose_gives_no_article() {
    assertThat(ContentRun.label(new double[] {-1, -2, -3})).containsExactly(false, false, false);
    assertThat(ContentRun.label(new double[0])).isEmpty();
  }
}
