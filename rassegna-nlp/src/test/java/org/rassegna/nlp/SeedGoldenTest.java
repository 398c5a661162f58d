package org.rassegna.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.event.EventActor;
import org.rassegna.nlp.event.PloverType;
import org.rassegna.nlp.event.PoliticalEvent;
import org.rassegna.nlp.quote.Quote;
import org.rassegna.nlp.quote.Speaker;

/**
 * The seed article, annotated with knowledge-base matching alone: the facts the issue demands
 * (entities, and the events: a phone call of Putin and Maduro dated the day before publication,
 * Russia's support to Venezuela, a hypothetical deployment of Russian forces), then the enrichment
 * keys of the JSON against {@code golden/seed/expected.json} ({@code -Dgolden.update=true} rewrites
 * it).
 */
class SeedGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden/seed");
  private static AnnotatedArticle seed;

  @BeforeAll
  static void annotate() throws IOException {
    String dump = Files.readString(DIR.resolve("input.txt"), StandardCharsets.UTF_8);
    seed =
        TestAnnotators.with(TestAnnotators.NO_NER).annotate(TestAnnotators.fromDump("seed", dump));
  }

  @Test
  void seed_is_italian_with_high_confidence() {
    assertThat(seed.language()).contains("it");
    assertThat(seed.languageConfidence()).isGreaterThan(0.9);
  }

  @Test
  void leaders_are_linked_persons_with_their_countries() {
    assertPerson("Vladimir Putin", "RUS", "Q7747");
    assertPerson("Nicolás Maduro", "VEN", "Q57413");
    assertPerson("Dmitry Peskov", "RUS", "person:dmitry_peskov");
  }

  @Test
  void putin_mentions_include_surname_and_role_phrase() {
    assertThat(texts(entity("Vladimir Putin")))
        .contains("Vladimir Putin", "Putin", "presidente russo");
  }

  @Test
  void countries_are_found_by_name_and_by_demonym() {
    assertThat(texts(entity("Russia"))).contains("Russia", "russo", "russe");
    assertThat(texts(entity("Venezuela"))).contains("Venezuela", "venezuelane");
    assertThat(entity("Cuba").country()).contains("CUB");
    assertThat(texts(entity("Ukraine"))).containsExactly("Ucraina");
    assertThat(entity("Ukraine").id()).contains("Q212");
  }

  @Test
  void kremlin_and_washington_stand_for_governments() {
    LinkedEntity kremlin = entity("Government of Russia");
    assertThat(texts(kremlin)).contains("Cremlino", "Mosca");
    assertThat(kremlin.type()).isEqualTo(EntityType.ORGANIZATION);
    LinkedEntity washington = entity("Government of United States");
    assertThat(washington.country()).contains("USA");
    assertThat(texts(washington)).containsOnly("Washington");
  }

  @Test
  void nato_is_linked_to_its_qid() {
    assertThat(entity("NATO").id()).contains("Q7184");
  }

  @Test
  void phone_call_is_consult_by_phone_between_russia_and_venezuela_dated_yesterday() {
    PoliticalEvent call = event(PloverType.CONSULT);
    assertThat(call.mode()).contains("phone");
    assertActor(call.source(), "Vladimir Putin", "RUS", "Q7747");
    assertActor(call.target(), "Nicolás Maduro", "VEN", "Q57413");
    assertThat(call.date()).contains(LocalDate.of(2022, 1, 20));
    assertThat(call.negated()).isFalse();
    assertThat(call.hypothetical()).isFalse();
    assertThat(seed.article().text().substring(call.start(), call.end()))
        .startsWith("Nella giornata di ieri");
  }

  @Test
  void putin_expresses_support_to_venezuela() {
    PoliticalEvent support = event(PloverType.SUPPORT);
    assertThat(support.source().flatMap(EventActor::country)).contains("RUS");
    assertThat(support.target().flatMap(EventActor::country)).contains("VEN");
    assertThat(support.source().flatMap(EventActor::sector)).contains("GOV");
  }

  @Test
  void deployment_of_russian_forces_is_hypothetical() {
    List<PoliticalEvent> deployments =
        seed.events().stream().filter(e -> e.type() == PloverType.MOBILIZE).toList();
    assertThat(deployments).isNotEmpty().allMatch(PoliticalEvent::hypothetical);
    assertThat(deployments)
        .anySatisfy(
            e -> {
              assertThat(e.source().flatMap(EventActor::country)).contains("RUS");
              assertThat(e.source().flatMap(EventActor::sector)).contains("MIL");
            });
  }

  @Test
  void annotated_json_matches_golden_file() throws IOException {
    // Only the enrichment keys: the article fields belong to the extraction golden files.
    ObjectNode all = AnnotatedArticleJson.toTree(seed, false);
    ObjectNode mine = all.objectNode();
    for (String key :
        List.of("language", "language_confidence", "sentences", "entities", "quotes", "events")) {
      mine.set(key, all.get(key));
    }
    String actual = mine.toPrettyString() + "\n";
    Path expected = DIR.resolve("expected.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void peskov_direct_quote_is_attributed_to_him() {
    Quote q = quoteStarting("No, la questione non è stata specificamente toccata");
    assertThat(q.direct()).isTrue();
    assertThat(q.speaker().orElseThrow().entityId()).contains("person:dmitry_peskov");
    assertThat(q.text()).endsWith("durante la conversazione");
    assertThat(q.verb()).contains("ha detto");
  }

  @Test
  void peskov_reported_statement_is_attributed_to_him() {
    Quote q = quoteStarting("La questione non era all");
    assertThat(q.direct()).isFalse();
    assertThat(q.speaker().orElseThrow().name()).isEqualTo("Dmitry Peskov");
    assertThat(q.speaker().orElseThrow().entityId()).contains("person:dmitry_peskov");
  }

  @Test
  void foreign_ministry_statement_is_attributed_to_the_ministry() {
    Quote q = quoteStarting("non avrebbe escludere a priori");
    assertThat(q.direct()).isFalse();
    Speaker s = q.speaker().orElseThrow();
    assertThat(s.name()).isEqualTo("ministero degli Esteri russo");
    // The shipped knowledge base has no ministries, so the organisation speaker stays unlinked.
    assertThat(s.entityId()).isEmpty();
  }

  @Test
  void quote_offsets_point_into_the_body() {
    for (Quote q : seed.quotes()) {
      assertThat(seed.article().text().substring(q.start(), q.end()))
          .startsWith(q.text().substring(0, 10));
    }
  }

  private static Quote quoteStarting(String prefix) {
    return seed.quotes().stream()
        .filter(q -> q.text().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote '" + prefix + "' in " + seed.quotes()));
  }

  private static PoliticalEvent event(PloverType type) {
    return seed.events().stream()
        .filter(e -> e.type() == type)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " event in " + seed.events()));
  }

  private static void assertActor(
      Optional<EventActor> actor, String name, String country, String id) {
    assertThat(actor).isPresent();
    assertThat(actor.get().name()).isEqualTo(name);
    assertThat(actor.get().country()).contains(country);
    assertThat(actor.get().entityId()).contains(id);
  }

  private static void assertPerson(String name, String country, String id) {
    LinkedEntity e = entity(name);
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.country()).contains(country);
    assertThat(e.id()).isEqualTo(Optional.of(id));
  }

  private static LinkedEntity entity(String name) {
    return seed.entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + seed.entities()));
  }

  private static List<String> texts(LinkedEntity e) {
    return e.mentions().stream().map(EntityMention::text).toList();
  }
}
