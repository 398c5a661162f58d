package org.rassegna.nlp.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.text.Tokenizer;

/** Demonyms of the smaller countries in each language link to their country, not a neighbour. */
class DemonymLinkingTest {
  private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shipped());

  private static List<String> countries(String text, String lang) {
    List<LinkedEntity> es =
        LINKER.link(text, new Tokenizer(lang).tokens(text), List.of(), Optional.of(lang));
    return es.stream().flatMap(e -> e.country().stream()).toList();
  }

  @Test
  void italian_inflected_demonyms_link_to_their_countries() {
    assertThat(countries("Il governo haitiano ha chiesto aiuto.", "it")).containsExactly("HTI");
    assertThat(countries("Le autorità birmane hanno arrestato i manifestanti.", "it"))
        .containsExactly("MMR");
  }

  @Test
  void spanish_plural_demonym_links_to_its_country() {
    assertThat(countries("Los soldados hondureños cruzaron la frontera.", "es"))
        .containsExactly("HND");
  }

  @Test
  void portuguese_demonym_links_to_its_country() {
    assertThat(countries("O presidente moçambicano viajou para Lisboa.", "pt")).contains("MOZ");
  }

  @Test
  void german_adjective_ending_and_noun_forms_link_to_their_country() {
    assertThat(countries("Die kroatische Regierung protestierte.", "de")).containsExactly("HRV");
    assertThat(countries("Die Kroaten protestierten.", "de")).containsExactly("HRV");
  }

  @Test
  void russian_adjective_in_an_oblique_case_links_to_its_country() {
    assertThat(countries("Он встретился с узбекским министром.", "ru")).containsExactly("UZB");
  }

  @Test
  void niger_and_nigeria_demonyms_stay_apart() {
    assertThat(countries("L'esercito nigerino ha attaccato.", "it")).containsExactly("NER");
    assertThat(countries("L'esercito nigeriano ha attaccato.", "it")).containsExactly("NGA");
  }

  @Test
  void english_and_french_demonyms_from_the_open_data_link_with_their_plurals() {
    assertThat(countries("Haitians protested outside the palace.", "en")).containsExactly("HTI");
    assertThat(countries("Le gouvernement haïtien a protesté.", "fr")).containsExactly("HTI");
  }

  @Test
  void demonym_two_countries_share_links_to_neither() {
    assertThat(countries("Dominican officials met on Monday.", "en")).isEmpty();
  }

  @Test
  void colombian_armed_groups_carry_their_country() {
    List<LinkedEntity> es =
        LINKER.link(
            "Las FARC y el ELN rechazaron el acuerdo.",
            new Tokenizer("es").tokens("Las FARC y el ELN rechazaron el acuerdo."),
            List.of(),
            Optional.of("es"));
    assertThat(es)
        .extracting(LinkedEntity::name)
        .contains("Revolutionary Armed Forces of Colombia", "National Liberation Army");
    assertThat(es).allSatisfy(e -> assertThat(e.country()).contains("COL"));
  }
}
