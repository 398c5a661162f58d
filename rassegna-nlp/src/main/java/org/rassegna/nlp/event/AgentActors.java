package org.rassegna.nlp.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;

/**
 * Actors named by a common noun ("l'esercito israeliano", "Russian troops", "la police française",
 * "the judges"), found the PETRARCH way: an agent noun gives the sector, a country or demonym next
 * to it the country ("esercito israeliano", "Israel's army", "la policía de Venezuela", "il governo
 * di Netanyahu"); failing that the noun is taken to be of the country the article is about, which
 * is a guess, so such actors are flagged and lower the event's confidence. The agent is a synthetic
 * unlinked entity whose role is {@code agent:<sector>}.
 */
final class AgentActors {
  /**
   * Words between an agent noun and the country that qualifies it ("forces of the", "forze di").
   */
  private static final Set<String> LINKS =
      Set.of(
          "of",
          "the",
          "di",
          "del",
          "della",
          "dello",
          "dei",
          "degli",
          "delle",
          "dell'",
          "de",
          "la",
          "el",
          "los",
          "las",
          "du",
          "des",
          "d'",
          "von",
          "der",
          "do",
          "da",
          "dos",
          "das",
          "armed",
          "armate",
          "armadas",
          "armees",
          "federal",
          "federale",
          "federales",
          "national",
          "nazionale",
          "nacional");

  /** How many words after the noun the qualifying country may sit. */
  private static final int AFTER = 3;

  /** Role prefix of the synthetic entities; the rest is the sector code. */
  static final String ROLE_PREFIX = "agent:";

  private AgentActors() {}

  /**
   * The country the article is about: the one its linked entities with a country mention most (ties
   * to the earliest mentioned); empty when no linked entity has a country.
   */
  static Optional<String> articleCountry(List<LinkedEntity> entities) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> firstAt = new HashMap<>();
    for (LinkedEntity e : entities) {
      if (e.linked() && e.country().isPresent()) {
        String c = e.country().get();
        counts.merge(c, e.mentions().size(), Integer::sum);
        firstAt.merge(c, e.mentions().get(0).start(), Math::min);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> en : counts.entrySet()) {
      String c = en.getKey();
      boolean better =
          best == null
              || en.getValue() > counts.get(best)
              || (en.getValue().equals(counts.get(best)) && firstAt.get(c) < firstAt.get(best));
      best = better ? c : best;
    }
    return Optional.ofNullable(best);
  }

  /**
   * Agent-noun actors of one sentence outside the mentions already found ({@code actors}), in token
   * order.
   */
  static List<ActorMention> find(
      String text,
      List<Span> tokens,
      List<String> keys,
      int[] clauses,
      List<ActorMention> actors,
      AgentNouns nouns,
      ActorCountries countries,
      Optional<String> articleCountry) {
    boolean[] covered = new boolean[keys.size()];
    for (ActorMention a : actors) {
      for (int i = a.first(); i <= a.last(); i++) {
        covered[i] = true;
      }
    }
    List<ActorMention> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Optional<String> sector = covered[i] ? Optional.empty() : nouns.sector(keys.get(i));
      if (sector.isEmpty()) {
        continue;
      }
      Span t = tokens.get(i);
      String surface = text.substring(t.start(), t.end());
      Optional<String> own = ownCountry(i, keys, clauses, actors, countries);
      Optional<String> country = own.or(() -> articleCountry);
      EntityMention m = new EntityMention(t.start(), t.end(), surface);
      LinkedEntity e =
          new LinkedEntity(
              Optional.empty(),
              surface,
              EntityType.ORGANIZATION,
              country,
              Optional.of(ROLE_PREFIX + sector.get()),
              List.of(m));
      boolean speaker =
          (i > 0 && SpeechVerbs.isSpeechVerb(keys.get(i - 1)))
              || SpeechVerbs.followedBySpeech(keys, i);
      out.add(new ActorMention(e, m, i, i, speaker, country, own.isEmpty() && country.isPresent()));
    }
    return out;
  }

  /** The country named right next to the noun: a demonym, a country word or an actor of one. */
  private static Optional<String> ownCountry(
      int i, List<String> keys, int[] clauses, List<ActorMention> actors, ActorCountries c) {
    for (int j = i + 1; j < keys.size() && j <= i + AFTER && clauses[j] == clauses[i]; j++) {
      int at = j;
      Optional<String> found = c.ofWord(keys.get(j)).or(() -> actorAt(at, actors, true));
      if (found.isPresent()) {
        return found;
      }
      if (!LINKS.contains(keys.get(j))) {
        break;
      }
    }
    int b = i - 1;
    if (b > 0 && (keys.get(b).equals("'s") || keys.get(b).equals("s"))) {
      b--;
    }
    if (b >= 0 && clauses[b] == clauses[i]) {
      int before = b;
      return c.ofWord(keys.get(b)).or(() -> actorAt(before, actors, false));
    }
    return Optional.empty();
  }

  private static Optional<String> actorAt(int token, List<ActorMention> actors, boolean starts) {
    for (ActorMention a : actors) {
      if ((starts ? a.first() : a.last()) == token && a.country().isPresent()) {
        return a.country();
      }
    }
    return Optional.empty();
  }
}
