package org.rassegna.extract.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Datelines, bylines, site names and the language vote, each on its own. */
class MetadataPartsTest {

  @Test
  void dateline_span_covers_date_and_time_but_not_the_byline() {
    String line = "21 Gennaio 2022 14:30 La Redazione de l'AntiDiplomatico";
    Datelines.Span s = Datelines.find(line).orElseThrow();
    assertThat(line.substring(s.start(), s.end())).isEqualTo("21 Gennaio 2022 14:30");
  }

  @Test
  void english_and_numeric_dates_are_found() {
    assertThat(Datelines.find("Nov. 19, 2019 8:03 am ET")).isPresent();
    assertThat(Datelines.find("Posted 03/04/2021 by Jane")).isPresent();
    assertThat(Datelines.find("Menu Home World")).isEmpty();
  }

  @Test
  void byline_words_are_stripped_from_author_names() {
    assertThat(Bylines.authors("By Jane Doe")).containsExactly("Jane Doe");
    assertThat(Bylines.authors("di Mario Rossi")).containsExactly("Mario Rossi");
    assertThat(Bylines.authors("Por Ana Lima y Pedro Gil"))
        .containsExactly("Ana Lima", "Pedro Gil");
    assertThat(Bylines.authors("Texto: Lida Buslaeva")).containsExactly("Lida Buslaeva");
    assertThat(Bylines.authors("Share")).isEmpty();
    assertThat(Bylines.authors("An MSC cargo ship leaves the port")).isEmpty();
  }

  @Test
  void byline_credit_gives_site_name_with_capitalised_article() {
    assertThat(SiteNames.fromByline("La Redazione de l'AntiDiplomatico"))
        .contains("L'AntiDiplomatico");
    assertThat(SiteNames.fromByline("Jane Doe for Reuters")).contains("Reuters");
  }

  @Test
  void copyright_line_gives_site_name_without_year_and_rights() {
    assertThat(SiteNames.fromCopyright("Copyright L'Antiplomatico 2013 all rights reserved"))
        .contains("L'Antiplomatico");
    assertThat(SiteNames.fromCopyright("© 2019 Mensagens de Reflexão"))
        .contains("Mensagens de Reflexão");
    assertThat(SiteNames.fromCopyright("Copyright Policy")).isEmpty();
  }

  @Test
  void byline_spelling_wins_over_footer_spelling() {
    assertThat(
            SiteNames.choose(
                List.of("La Redazione de l'AntiDiplomatico"),
                List.of("Copyright L'Antiplomatico 2013", "L'AntiDiplomatico è una testata")))
        .contains("L'AntiDiplomatico");
  }

  @Test
  void unconfirmed_credit_in_a_name_is_not_a_site() {
    assertThat(SiteNames.choose(List.of("Maria de la Cruz"), List.of("Home", "News"))).isEmpty();
  }

  @Test
  void language_vote_picks_the_language_of_the_function_words() {
    assertThat(
            Stopwords.guessLanguage(
                Tokens.of("il presidente della Russia e il suo omologo che non").words()))
        .contains("it");
    assertThat(Stopwords.guessLanguage(Tokens.of("the cat and the dog of the house is").words()))
        .contains("en");
    assertThat(Stopwords.guessLanguage(Tokens.of("Menu Home").words())).isEmpty();
  }
}
