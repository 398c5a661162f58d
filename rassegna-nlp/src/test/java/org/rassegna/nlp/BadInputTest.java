package org.rassegna.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Odd bodies give valid, smaller annotations and never an exception or a hang. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadInputTest {
  private static final Annotator ANNOTATOR =
      TestAnnotators.with(
          (text, sentences, language) ->
              List.of(
                  new NerMention(
                      0,
                      Math.min(3, text.length()),
                      EntityType.MISC,
                      text.substring(0, Math.min(3, text.length())))));

  @Test
  void empty_body_gives_no_language_sentences_or_entities() {
    AnnotatedArticle a = ANNOTATOR.annotate(TestAnnotators.article(""));
    assertThat(a.language()).isEmpty();
    assertThat(a.languageConfidence()).isZero();
    assertThat(a.sentences()).isEmpty();
    assertThat(a.entities()).isEmpty();
    assertThat(a.quotes()).isEmpty();
    assertThat(a.events()).isEmpty();
    assertThat(AnnotatedArticleJson.toLine(a, false))
        .contains("\"entities\":[]")
        .contains("\"quotes\":[]")
        .contains("\"events\":[]");
  }

  @Test
  void digits_only_body_is_annotated_without_language() {
    AnnotatedArticle a = ANNOTATOR.annotate(TestAnnotators.article("2024 1234 5678 90 12.5"));
    assertThat(a.language()).isEmpty();
    assertThat(a.sentences()).hasSize(1);
  }

  @Test
  void emoji_only_body_is_annotated_without_language() {
    AnnotatedArticle a = ANNOTATOR.annotate(TestAnnotators.article("😀😀 🇺🇸 🎉🎉🎉 👍"));
    assertThat(a.language()).isEmpty();
    assertThat(AnnotatedArticleJson.toLine(a, false)).startsWith("{");
  }

  @Test
  void body_in_unsupported_language_gets_some_supported_code_or_none() {
    AnnotatedArticle a =
        ANNOTATOR.annotate(
            TestAnnotators.article(
                "Bu sabah Ankara'da hükümet yeni ekonomi paketini açıkladı ve bakanlar toplandı."));
    assertThat(a.language().orElse("it"))
        .isIn("it", "en", "es", "fr", "de", "pt", "ru", "nl", "pl");
    assertThat(a.sentences()).hasSize(1);
  }

  @Test
  void one_megabyte_single_sentence_body_is_annotated() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append("il presidente russo Vladimir Putin parla con Washington e la NATO ");
    }
    AnnotatedArticle a = ANNOTATOR.annotate(TestAnnotators.article(sb.toString()));
    assertThat(a.language()).contains("it");
    assertThat(a.sentences()).hasSize(1);
    assertThat(a.entities()).isNotEmpty();
  }

  @Test
  void megabyte_of_quote_marks_and_reporting_verbs_is_annotated() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append("« Il presidente ha detto che \" la NATO “ ha affermato: ‘ ");
    }
    AnnotatedArticle a = ANNOTATOR.annotate(TestAnnotators.article(sb.toString()));
    for (var q : a.quotes()) {
      assertThat(q.end()).isLessThanOrEqualTo(sb.length());
    }
  }

  @Test
  void one_megabyte_single_sentence_full_of_triggers_gives_events_in_bounded_time() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append(
          "ieri il presidente russo Vladimir Putin ha incontrato Maduro e minacciato la NATO ");
    }
    AnnotatedArticle a = ANNOTATOR.annotate(TestAnnotators.article(sb.toString()));
    assertThat(a.sentences()).hasSize(1);
    assertThat(a.events()).isNotEmpty();
    assertThat(a.events()).allSatisfy(e -> assertThat(e.end()).isGreaterThan(999_000));
  }

  @Test
  void long_sentence_of_countries_and_country_nouns_is_coded_without_blowing_up() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 200_000) {
      sb.append("la Russia ha attaccato il Paese e il presidente francese ");
    }
    AnnotatedArticle a = ANNOTATOR.annotate(TestAnnotators.article(sb.toString()));
    assertThat(a.sentences()).hasSize(1);
    assertThat(a.events()).isNotEmpty();
    assertThat(a.events()).allSatisfy(e -> assertThat(e.end()).isLessThanOrEqualTo(sb.length()));
  }

  @Test
  void trigger_words_without_any_entity_give_no_event() {
    AnnotatedArticle a =
        ANNOTATOR.annotate(
            TestAnnotators.article(
                "Ieri i manifestanti hanno protestato e la polizia ha arrestato."));
    assertThat(a.events()).isEmpty();
  }

  @Test
  void event_without_publication_date_or_date_word_has_no_date() {
    AnnotatedArticle a =
        ANNOTATOR.annotate(
            TestAnnotators.article("La Russia ha accusato l'Ucraina di aver violato la tregua."));
    assertThat(a.events()).isNotEmpty();
    assertThat(a.events()).allSatisfy(e -> assertThat(e.date()).isEmpty());
    assertThat(AnnotatedArticleJson.toLine(a, false)).contains("\"date\":null");
  }

  @Test
  void tagger_mentions_past_the_odd_text_are_tolerated() {
    AnnotatedArticle a = ANNOTATOR.annotate(TestAnnotators.article("x"));
    assertThat(a.entities()).hasSize(1);
  }
}
