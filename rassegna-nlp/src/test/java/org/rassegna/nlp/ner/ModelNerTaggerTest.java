package org.rassegna.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.NerMention;
import org.rassegna.nlp.Span;

class ModelNerTaggerTest {
  private static final ModelNerTagger TAGGER = ModelNerTagger.fromClasspath();

  private static List<NerMention> tag(String text, String language) {
    return TAGGER.tag(text, List.of(new Span(0, text.length())), language);
  }

  private static List<String> people(String text, String language) {
    return tag(text, language).stream()
        .filter(m -> m.type() == EntityType.PERSON)
        .map(NerMention::text)
        .toList();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "it|Il presidente Vladimir Putin ha parlato con Nicolás Maduro.|Vladimir Putin|Nicolás"
            + " Maduro",
        "en|President Joe Biden met Emmanuel Macron in Paris on Monday.|Joe Biden|Emmanuel Macron",
        "es|El presidente Pedro Sánchez se reunió ayer con Olaf Scholz en Madrid.|Pedro"
            + " Sánchez|Olaf Scholz",
        "fr|Le président Emmanuel Macron a rencontré Angela Merkel à Berlin.|Emmanuel"
            + " Macron|Angela Merkel",
        "de|Bundeskanzler Olaf Scholz hat am Montag mit Emmanuel Macron telefoniert.|Olaf"
            + " Scholz|Emmanuel Macron",
        "pt|O presidente Jair Bolsonaro falou com Donald Trump em Brasília.|Jair"
            + " Bolsonaro|Donald Trump",
        "ru|Президент России Владимир Путин встретился с Николасом Мадуро в Москве.|Владимир"
            + " Путин|Николасом Мадуро"
      })
  void names_in_a_news_sentence_are_people(
      String language, String text, String first, String second) {
    assertThat(people(text, language)).contains(first, second);
  }

  @Test
  void places_and_organisations_get_their_types() {
    List<NerMention> found =
        tag("La NATO ha riunito a Bruxelles i ministri di Italia e Francia.", "it");
    assertThat(found)
        .extracting(NerMention::text, NerMention::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Bruxelles", EntityType.LOCATION),
            org.assertj.core.groups.Tuple.tuple("Francia", EntityType.LOCATION));
  }

  @Test
  void mention_offsets_map_back_to_the_text_across_sentences() {
    String text = "Ieri Mario Draghi era a Roma.  Oggi Sergio Mattarella è a Milano.";
    List<NerMention> found =
        TAGGER.tag(text, List.of(new Span(0, 29), new Span(31, text.length())), "it");
    assertThat(found).isNotEmpty();
    for (NerMention m : found) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    assertThat(found).extracting(NerMention::text).contains("Sergio Mattarella");
  }

  @Test
  void names_never_start_or_end_with_punctuation() {
    String text =
        "Tmall, the retail site owned by Alibaba — responded to the allegations in a post on"
            + " Weibo. \"Mr Zhang\" — a spokesman — said nothing.";
    List<NerMention> found = tag(text, "en");
    assertThat(found).isNotEmpty();
    for (NerMention m : found) {
      assertThat(Character.isLetterOrDigit(m.text().codePointAt(0))).as(m.text()).isTrue();
      assertThat(Character.isLetterOrDigit(m.text().codePointBefore(m.text().length())))
          .as(m.text())
          .isTrue();
    }
  }

  @Test
  void region_subtag_and_case_of_the_language_code_are_ignored() {
    assertThat(people("Il presidente Vladimir Putin ha parlato.", "IT-it"))
        .contains("Vladimir Putin");
  }

  @Test
  void unsupported_or_odd_languages_give_no_mentions() {
    assertThat(tag("Barack Obama visitó Tokio.", "ja")).isEmpty();
    assertThat(tag("Barack Obama", "")).isEmpty();
    assertThat(tag("Barack Obama", "../../etc")).isEmpty();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void odd_input_gives_valid_output() {
    assertThat(TAGGER.tag("", List.of(), "it")).isEmpty();
    assertThat(tag("1234 5678 90 3,14 2024-05-01", "it")).isEmpty();
    assertThat(tag("😀😀 🇮🇹 🚀 ❤️ \u0000 \uFFFF", "en")).isEmpty();
    String text = "Mario Rossi";
    assertThat(TAGGER.tag(text, List.of(new Span(5, 500)), "it")).allSatisfy(this::inside);
    assertThat(TAGGER.tag(text, List.of(), "it")).allSatisfy(this::inside);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void one_megabyte_single_sentence_is_tagged_in_windows() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append("il ministro Mario Rossi ha visitato Roma e ");
    }
    String text = sb.toString();
    List<NerMention> found = TAGGER.tag(text, List.of(new Span(0, text.length())), "it");
    assertThat(found)
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(text.length()));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void concurrent_callers_get_the_same_answers() {
    String text = "Il presidente Vladimir Putin ha parlato con Nicolás Maduro a Mosca.";
    List<NerMention> expected = tag(text, "it");
    List<List<NerMention>> results =
        new ArrayList<>(IntStream.range(0, 64).parallel().mapToObj(i -> tag(text, "it")).toList());
    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
  }

  private void inside(NerMention m) {
    assertThat(m.end()).isLessThanOrEqualTo("Mario Rossi".length());
  }
}
