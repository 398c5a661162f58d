package org.rassegna.extract.html;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rassegna.extract.PageContext;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

/** Cut and scrambled pages must give an article (maybe empty), never an exception or a hang. */
class HtmlRobustnessTest {
  private static final PageContext CTX =
      PageContext.of(SourceRef.file("page.html", SourceFormat.HTML));
  private static final int CUTS = 60;

  private static String golden() throws IOException {
    try (InputStream in =
        HtmlRobustnessTest.class.getResourceAsStream(
            "/golden/html/it-remember8090-black-friday/input.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void every_truncation_of_a_real_page_extracts_without_error() throws IOException {
    String page = golden();
    HtmlExtractor extractor = new HtmlExtractor();
    for (int i = 1; i <= CUTS; i++) {
      String cut = page.substring(0, page.length() * i / CUTS);
      assertThatCode(() -> extractor.extract(cut, CTX)).doesNotThrowAnyException();
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void scrambled_markup_extracts_without_error() throws IOException {
    long seed = System.nanoTime();
    System.out.println("HtmlRobustnessTest seed " + seed);
    Random random = new Random(seed);
    String page = golden();
    String alphabet = "<>/=\"' &;#!-[]{}abcdiv\n";
    HtmlExtractor extractor = new HtmlExtractor();
    for (int round = 0; round < 20; round++) {
      StringBuilder b = new StringBuilder(page);
      for (int k = 0; k < 200; k++) {
        b.setCharAt(random.nextInt(b.length()), alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String scrambled = b.toString();
      assertThatCode(() -> extractor.extract(scrambled, CTX))
          .as("seed %d round %d", seed, round)
          .doesNotThrowAnyException();
    }
  }
}
