package org.rassegna;

import static org.assertj.core.api.Assertions.assertThat;

import org.rassegna.model.Article;
import org.rassegna.model.Block;
import org.rassegna.model.Outcome;

/**
 * What every outcome must satisfy, whatever the input: a message for every skip and failure, text
 * that UTF-8 can encode, and body blocks whose offsets cut exactly their own text out of the body,
 * in order and without overlap. Fuzz targets and the bad-input corpus check each outcome with it.
 */
public final class OutcomeContract {
  private OutcomeContract() {}

  public static void check(Outcome outcome) {
    assertThat(outcome).isNotNull();
    if (outcome instanceof Outcome.Extracted e) {
      checkArticle(e.article());
    } else if (outcome instanceof Outcome.Skipped s) {
      assertThat(s.message()).isNotBlank();
    } else if (outcome instanceof Outcome.Failed f) {
      assertThat(f.message()).isNotBlank();
    }
  }

  private static void checkArticle(Article article) {
    String text = article.body().text();
    assertThat(wellFormed(text)).as("body text is well-formed UTF-16").isTrue();
    article.title().ifPresent(t -> assertThat(wellFormed(t)).as("title").isTrue());
    assertThat(article.body().blocks()).isNotEmpty();
    int previousEnd = 0;
    for (Block b : article.body().blocks()) {
      assertThat(b.start()).as("block start").isGreaterThanOrEqualTo(previousEnd);
      assertThat(b.end()).as("block end").isLessThanOrEqualTo(text.length());
      assertThat(text.substring(b.start(), b.end())).isEqualTo(b.text());
      assertThat(b.text()).isNotBlank();
      previousEnd = b.end();
    }
    assertThat(previousEnd).as("last block ends the body").isEqualTo(text.length());
  }

  /** No unpaired surrogate: the text can be encoded as UTF-8. */
  private static boolean wellFormed(String s) {
    return java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(s);
  }
}
