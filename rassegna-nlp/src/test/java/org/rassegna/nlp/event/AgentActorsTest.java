package org.rassegna.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;

class AgentActorsTest {
  private static LinkedEntity entity(String id, String country, int... starts) {
    List<EntityMention> mentions = new ArrayList<>();
    for (int s : starts) {
      mentions.add(new EntityMention(s, s + 3, "abc"));
    }
    return new LinkedEntity(
        Optional.ofNullable(id),
        "e",
        EntityType.LOCATION,
        Optional.ofNullable(country),
        Optional.of("country"),
        mentions);
  }

  @Test
  void article_country_is_the_most_mentioned_linked_one() {
    List<LinkedEntity> entities =
        List.of(entity("Q1", "ISR", 0), entity("Q2", "PSE", 10, 40), entity("Q3", "PSE", 20));
    assertThat(AgentActors.articleCountry(entities)).contains("PSE");
  }

  @Test
  void article_country_tie_goes_to_the_earliest_mentioned() {
    List<LinkedEntity> entities = List.of(entity("Q1", "KOR", 30), entity("Q2", "IRL", 5));
    assertThat(AgentActors.articleCountry(entities)).contains("IRL");
  }

  @Test
  void unlinked_or_countryless_entities_give_no_article_country() {
    List<LinkedEntity> entities = List.of(entity(null, "ITA", 0, 5), entity("Q9", null, 8));
    assertThat(AgentActors.articleCountry(entities)).isEmpty();
  }

  @Test
  void shipped_agent_nouns_give_sectors_per_language() {
    assertThat(AgentNouns.shipped("it").flatMap(n -> n.sector("esercito"))).contains("MIL");
    assertThat(AgentNouns.shipped("fr").flatMap(n -> n.sector("policiers"))).contains("COP");
    assertThat(AgentNouns.shipped("es").flatMap(n -> n.sector("manifestantes"))).contains("OPP");
    assertThat(AgentNouns.shipped("en").flatMap(n -> n.sector("judges"))).contains("JUD");
    assertThat(AgentNouns.shipped("xx")).isEmpty();
  }
}
