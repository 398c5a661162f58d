package org.rassegna.nlp.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.NerMention;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.text.Tokenizer;

class EntityLinkerTest {
  private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shipped());

  private static List<LinkedEntity> link(String text, String lang, NerMention... ner) {
    return LINKER.link(text, new Tokenizer(lang).tokens(text), List.of(ner), Optional.of(lang));
  }

  private static NerMention ner(String text, String surface, EntityType type) {
    int start = text.indexOf(surface);
    return new NerMention(start, start + surface.length(), type, surface);
  }

  private static LinkedEntity named(List<LinkedEntity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void tagger_surname_joins_the_full_name_found_earlier() {
    String text = "Ieri Olaf Scholz ha parlato. Poi Scholz è partito.";
    List<LinkedEntity> es = link(text, "it", ner(text, "Olaf Scholz", EntityType.PERSON));
    assertThat(named(es, "Olaf Scholz").mentions())
        .extracting(EntityMention::text)
        .containsExactly("Olaf Scholz", "Scholz");
  }

  @Test
  void unknown_person_keeps_surface_form_and_type_and_gets_surname_coreference() {
    String text = "Mario Rossetti ha detto che Rossetti tornerà.";
    List<LinkedEntity> es =
        link(
            text,
            "it",
            ner(text, "Mario Rossetti", EntityType.PERSON),
            new NerMention(28, 36, EntityType.PERSON, "Rossetti"));
    LinkedEntity p = named(es, "Mario Rossetti");
    assertThat(p.id()).isEmpty();
    assertThat(p.type()).isEqualTo(EntityType.PERSON);
    assertThat(p.mentions()).hasSize(2);
  }

  @Test
  void tagger_name_containing_a_demonym_wins_over_the_demonym() {
    String text = "Il Partito Comunista Cinese si è riunito.";
    List<LinkedEntity> es =
        link(text, "it", ner(text, "Partito Comunista Cinese", EntityType.ORGANIZATION));
    assertThat(es).extracting(LinkedEntity::name).containsExactly("Partito Comunista Cinese");
  }

  @Test
  void accent_free_tagger_mention_links_by_alias() {
    String text = "Parla Recep Tayyip Erdogan.";
    List<LinkedEntity> es = link(text, "it", ner(text, "Recep Tayyip Erdogan", EntityType.PERSON));
    assertThat(named(es, "Recep Tayyip Erdoğan").country()).contains("TUR");
  }

  @Test
  void capital_after_preposition_is_a_place_otherwise_the_government() {
    String text = "Il vertice a Mosca è finito. Mosca ha risposto.";
    List<LinkedEntity> es = link(text, "it");
    assertThat(named(es, "Mosca").id()).isEmpty();
    assertThat(named(es, "Mosca").country()).contains("RUS");
    assertThat(named(es, "Government of Russia").mentions()).hasSize(1);
  }

  @Test
  void english_role_before_demonym_joins_the_office_holder() {
    String text = "Emmanuel Macron spoke. The French President then left.";
    assertThat(named(link(text, "en"), "Emmanuel Macron").mentions())
        .extracting(EntityMention::text)
        .contains("French President");
  }

  @Test
  void surname_alone_without_full_name_is_not_linked() {
    String text = "Medvedev ha parlato.";
    assertThat(link(text, "it")).isEmpty();
  }

  @Test
  void short_alias_needs_exact_case() {
    assertThat(link("Lui è nato a Roma nel 1950.", "it"))
        .extracting(LinkedEntity::name)
        .doesNotContain("NATO");
  }
}
