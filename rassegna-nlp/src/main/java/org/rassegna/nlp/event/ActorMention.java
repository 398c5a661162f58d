package org.rassegna.nlp.event;

import java.util.Objects;
import java.util.Optional;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.LinkedEntity;

/**
 * A mention of a linked entity inside one sentence, with the sentence tokens it covers ({@code
 * [first, last]}), as the actor assigner sees it.
 *
 * @param speaker the mention follows a verb of saying ("ha detto Peskov", "said Lavrov"): it names
 *     who reported the event, not who took part in it
 * @param country the actor's country: the entity's own, or that of a demonym qualifying it in the
 *     sentence ("il portavoce militare israeliano Daniel Hagari")
 * @param guessedCountry the country is the article's, not read next to the actor: a guess
 */
record ActorMention(
    LinkedEntity entity,
    EntityMention mention,
    int first,
    int last,
    boolean speaker,
    Optional<String> country,
    boolean guessedCountry) {
  public ActorMention {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(country, "country");
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("bad actor tokens [" + first + "," + last + "]");
    }
  }

  /** A country named as such, by name or demonym, rather than a person or body of it. */
  boolean bareCountry() {
    return entity.role().filter("country"::equals).isPresent();
  }

  ActorMention withCountry(Optional<String> c) {
    return new ActorMention(entity, mention, first, last, speaker, c, false);
  }

  /**
   * Whether the actor can carry an event: linked to the knowledge base or placed in a country by
   * the text; a country guessed from the article is not enough alone.
   */
  boolean codable() {
    return entity.linked() || (country.isPresent() && !guessedCountry);
  }

  boolean sameEntity(ActorMention o) {
    return entity == o.entity;
  }
}
