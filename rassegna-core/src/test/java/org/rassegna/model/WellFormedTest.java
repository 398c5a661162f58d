package org.rassegna.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WellFormedTest {

  /** Found by the bad-input run: jsoup decodes &#xD800; to a lone surrogate, which broke -o. */
  @Test
  void lone_surrogates_in_body_and_title_become_replacement_characters_and_offsets_hold() {
    Body body =
        new Body.Builder().add(BlockKind.PARAGRAPH, "a\uD800b \uDC00c \uD83D\uDE00").build();
    Article a =
        Article.builder(SourceRef.file("p.html", SourceFormat.HTML))
            .title(Optional.of("t\uD800"))
            .body(body)
            .build();

    assertThat(a.text()).isEqualTo("a\uFFFDb \uFFFDc \uD83D\uDE00");
    assertThat(a.title()).contains("t\uFFFD");
    assertThat(a.blocks().get(0).end()).isEqualTo(a.text().length());
  }

  @Test
  void well_formed_text_is_returned_as_is() {
    String s = "caffè \uD83D\uDE00";

    assertThat(WellFormed.text(s)).isSameAs(s);
  }
}
