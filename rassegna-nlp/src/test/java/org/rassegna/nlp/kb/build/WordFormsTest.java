package org.rassegna.nlp.kb.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordFormsTest {
  @Test
  void braces_give_each_inflection() {
    assertThat(WordForms.expand("russ{o,a,i,e}", "it"))
        .containsExactly("russo", "russa", "russi", "russe");
  }

  @Test
  void empty_alternative_keeps_the_stem() {
    assertThat(WordForms.expand("russe{,s}", "fr")).containsExactly("russe", "russes");
  }

  @Test
  void star_adds_german_and_russian_adjective_endings() {
    assertThat(WordForms.expand("russisch*", "de")).contains("russisch", "russische", "russischen");
    assertThat(WordForms.expand("российск*", "ru"))
        .contains("российский", "российская", "российского");
  }
}
