package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;

class PronounSubjectsTest {
  private static ActorMention person(String name, String country) {
    EntityMention m = new EntityMention(0, name.length(), name);
    LinkedEntity e =
        new LinkedEntity(
            Optional.of("Q1"),
            name,
            EntityType.PERSON,
            Optional.of(country),
            Optional.empty(),
            List.of(m));
    return new ActorMention(e, m, 0, 1, false, Optional.of(country), false);
  }

  private static List<Span> tokens(String text) {
    List<Span> out = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      out.add(new Span(at, at + w.length()));
      at += w.length() + 1;
    }
    return out;
  }

  @Test
  void a_clause_opening_pronoun_becomes_the_last_named_person() {
    String text = "Lui et ses sbires accusent les journalistes";
    List<String> keys = List.of("lui", "et", "ses", "sbires", "accusent", "les", "journalistes");
    List<ActorMention> found =
        PronounSubjects.find(
            "fr",
            text,
            tokens(text),
            keys,
            new int[keys.size()],
            Optional.of(person("Emmanuel Macron", "FRA")));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).first()).isZero();
    assertThat(found.get(0).country()).contains("FRA");
    assertThat(found.get(0).entity().name()).isEqualTo("Emmanuel Macron");
  }

  @Test
  void a_pronoun_inside_a_clause_or_without_antecedent_is_no_actor() {
    String text = "selon lui la France accuse";
    List<String> keys = List.of("selon", "lui", "la", "france", "accuse");
    Optional<ActorMention> macron = Optional.of(person("Emmanuel Macron", "FRA"));
    assertThat(PronounSubjects.find("fr", text, tokens(text), keys, new int[5], macron)).isEmpty();
    assertThat(
            PronounSubjects.find(
                "fr",
                "il accuse",
                tokens("il accuse"),
                List.of("il", "accuse"),
                new int[2],
                Optional.empty()))
        .isEmpty();
  }

  @Test
  void the_antecedent_is_the_first_person_of_the_sentence_else_the_earlier_one() {
    ActorMention macron = person("Emmanuel Macron", "FRA");
    ActorMention merkel = person("Angela Merkel", "DEU");
    assertThat(PronounSubjects.antecedent(List.of(merkel), Optional.of(macron))).contains(merkel);
    assertThat(PronounSubjects.antecedent(List.of(), Optional.of(macron))).contains(macron);
  }
}
