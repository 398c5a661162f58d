package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;

class CountryAnaphoraTest {
  private static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    for (String w : text.split(" ")) {
      out.add(new Span(i, i + w.length()));
      i += w.length() + 1;
    }
    return out;
  }

  private static List<String> keys(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).split(" "));
  }

  private static ActorMention actor(
      String name, EntityType type, String country, String role, int token) {
    EntityMention m = new EntityMention(token, token + 1, name);
    LinkedEntity e =
        new LinkedEntity(
            Optional.of("Q" + name),
            name,
            type,
            Optional.of(country),
            Optional.of(role),
            List.of(m));
    return new ActorMention(e, m, token, token, false, Optional.of(country), false);
  }

  @Test
  void the_country_names_the_last_country_of_the_sentence() {
    String text = "Algeria expelled diplomats and France condemned the country";
    List<ActorMention> actors = List.of(actor("Algeria", EntityType.LOCATION, "DZA", "country", 0));
    List<ActorMention> found =
        CountryAnaphora.find(text, spans(text), keys(text), actors, Optional.empty());
    assertThat(found).singleElement().satisfies(a -> assertThat(a.country()).contains("DZA"));
    assertThat(found.get(0).first()).isEqualTo(7);
  }

  @Test
  void il_paese_without_a_country_in_its_sentence_takes_the_previous_one() {
    String text = "Il presidente ha condannato il Paese";
    List<ActorMention> found =
        CountryAnaphora.find(text, spans(text), keys(text), List.of(), Optional.of("DZA"));
    assertThat(found).singleElement().satisfies(a -> assertThat(a.country()).contains("DZA"));
  }

  @Test
  void a_demonym_qualifying_a_person_is_no_antecedent() {
    String text = "Il presidente francese Macron ha condannato il Paese";
    List<ActorMention> actors =
        List.of(
            actor("France", EntityType.LOCATION, "FRA", "country", 2),
            actor("Macron", EntityType.PERSON, "FRA", "President of France", 3));
    List<ActorMention> found =
        CountryAnaphora.find(text, spans(text), keys(text), actors, Optional.of("DZA"));
    assertThat(found).singleElement().satisfies(a -> assertThat(a.country()).contains("DZA"));
  }

  @Test
  void countries_in_general_are_no_anaphora() {
    String text = "Les pays européens ont condamné";
    assertThat(CountryAnaphora.find(text, spans(text), keys(text), List.of(), Optional.of("FRA")))
        .isEmpty();
  }
}
