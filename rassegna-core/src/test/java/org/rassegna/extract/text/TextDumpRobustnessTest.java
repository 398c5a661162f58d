package org.rassegna.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rassegna.extract.PageContext;
import org.rassegna.model.Article;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

/** Hostile dumps give a valid article (often with an empty body), never an exception or a hang. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TextDumpRobustnessTest {
  private final TextDumpExtractor extractor = new TextDumpExtractor();

  private Article extract(String text) {
    return extractor.extract(text, PageContext.of(SourceRef.file("x.txt", SourceFormat.TEXT)));
  }

  @Test
  void empty_text_gives_empty_body() {
    assertThat(extract("").body().isEmpty()).isTrue();
    assertThat(extract("\n\n \r\n\t\n").body().isEmpty()).isTrue();
  }

  @Test
  void one_enormous_line_without_newlines_is_handled() {
    StringBuilder sb = new StringBuilder(10_000_000);
    while (sb.length() < 10_000_000) {
      sb.append("the cat sat on the mat, and it was happy. ");
    }
    Article a = extract(sb.toString());
    assertThat(a.text().length()).isLessThanOrEqualTo(sb.length());
  }

  @Test
  void only_digits_give_empty_body() {
    assertThat(extract("12345\n\n678 910\n\n2020 2021 2022").body().isEmpty()).isTrue();
  }

  @Test
  void only_emoji_give_a_valid_article() {
    Article a = extract("😀😀😀\n\n🎉 🎉 🎉\n\n👍");
    assertThat(a.body().isEmpty()).isTrue();
  }

  @Test
  void random_binary_looking_junk_without_nul_is_handled() {
    long seed = 20240611L;
    Random r = new Random(seed);
    for (int round = 0; round < 20; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 20_000; i++) {
        sb.append((char) (1 + r.nextInt(0xD7FF)));
      }
      assertThat(extract(sb.toString())).as("seed %d round %d", seed, round).isNotNull();
    }
  }
}
