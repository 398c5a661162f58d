package org.rassegna.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedLinesTest {

  @Test
  void normal_form_ignores_case_spacing_and_number_values() {
    assertThat(RepeatedLines.normalize("  ©  2019\u00A0Site News "))
        .isEqualTo(RepeatedLines.normalize("© 2020 site news"));
    assertThat(RepeatedLines.normalize("12 Comments")).isEqualTo("0 comments");
  }

  @Test
  void line_on_two_pages_is_repeated_and_line_on_one_is_not() {
    var lines =
        new RepeatedLines.Builder()
            .addPage("Home\n\nFirst article text.\n\n© 2019 Site")
            .addPage("Home\n\nSecond article text.\n\n© 2020 Site")
            .build();
    assertThat(lines)
        .contains(RepeatedLines.normalize("Home"), RepeatedLines.normalize("© 2019 Site"))
        .doesNotContain(RepeatedLines.normalize("First article text."));
  }

  @Test
  void a_page_seen_twice_verbatim_does_not_make_its_own_lines_repeated() {
    String page = "Headline\n\nThe only paragraph of the page.";
    assertThat(new RepeatedLines.Builder().addPage(page).addPage(page).build()).isEmpty();
  }

  @Test
  void long_lines_are_not_counted() {
    String prose = "word ".repeat(200);
    assertThat(new RepeatedLines.Builder().addPage(prose + "\nA").addPage(prose + "\nB").build())
        .isEmpty();
  }
}
