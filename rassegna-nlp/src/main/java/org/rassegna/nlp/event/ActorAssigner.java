package org.rassegna.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Picks the source and the target of a trigger among the entity mentions of its sentence, by word
 * order, since most news sentences put the actor before the verb and the one acted upon after it.
 *
 * <ul>
 *   <li>A country named next to a person or body of that same country, or of no known country, only
 *       qualifies it ("presidente della Russia Vladimir Putin", "il portavoce israeliano Hagari")
 *       and is dropped; a person or body without a country takes the qualifier's.
 *   <li>Passive verb ("was accused by", "è stata attaccata dalla"): the target is before it, the
 *       source the entity after an agent preposition, or none.
 *   <li>A speaker named after the trigger ("..., ha detto Peskov") reported the event and is
 *       skipped.
 *   <li>Verbal trigger: the source is the nearest mention before it, the target the first other
 *       entity after it. With nothing after it, a clause holding two or more entities before the
 *       trigger reads subject first ("Gestern hat Deutschland die Ukraine unterstützt", "Russia and
 *       China agreed"): source the first of them, target the last.
 *   <li>Nominal trigger ("incontro tra A e B", "the deployment of Russian troops"): the first
 *       mention after it is the source and the next other entity the target; with none after, or
 *       with a comitative word right after it and a mention before ("Putin ha avuto una telefonata
 *       con Macron", "talks with"), or with "against" right after it ("l'inchiesta contro
 *       Berlusconi"), the verbal rule applies.
 * </ul>
 *
 * Only mentions within {@value #WINDOW} words of the trigger count, which keeps the cost per
 * trigger bounded in run-on sentences.
 */
final class ActorAssigner {
  static final int WINDOW = 30;

  /** A qualifying country sits this close to the person or body it qualifies. */
  private static final int QUALIFIER_DISTANCE = 4;

  /** Source and target, either may be missing. */
  record Roles(Optional<ActorMention> source, Optional<ActorMention> target) {}

  private ActorAssigner() {}

  /** Words that, right after a nominal trigger, name its counterpart: the actor is before. */
  private static final Set<String> COMITATIVE =
      Set.of("con", "with", "avec", "mit", "com", "с", "со");

  /**
   * Words that, right after a nominal trigger, name whom it is aimed at ("l'inchiesta contro
   * Berlusconi", "sanctions against Russia"): the target is after, the actor before.
   */
  private static final Set<String> ADVERSATIVE =
      Set.of("contro", "against", "contra", "contre", "gegen", "против");

  static Roles assign(
      List<ActorMention> sentenceActors, TriggerHit hit, List<String> keys, int[] clauses) {
    List<ActorMention> near = new ArrayList<>();
    for (ActorMention a : sentenceActors) {
      boolean inWindow = a.last() >= hit.first() - WINDOW && a.first() <= hit.last() + WINDOW;
      boolean overlaps = a.last() >= hit.first() && a.first() <= hit.last();
      if (inWindow && !overlaps && !(a.speaker() && a.first() > hit.last())) {
        near.add(a);
      }
    }
    List<ActorMention> actors = withoutQualifiers(near);
    List<ActorMention> before = new ArrayList<>();
    List<ActorMention> after = new ArrayList<>();
    for (ActorMention a : actors) {
      (a.last() < hit.first() ? before : after).add(a);
    }
    if (!hit.nominal() && Passive.is(keys, hit)) {
      return passive(before, after, hit, keys);
    }
    if (hit.nominal()) {
      OptionalInt dead = casualtyWord(keys, hit, clauses);
      if (dead.isPresent()) {
        return casualty(before, after, dead.getAsInt());
      }
    }
    boolean counterpartAfter =
        hit.nominal() && (near(hit, keys, COMITATIVE) || near(hit, keys, ADVERSATIVE));
    if (hit.nominal() && !after.isEmpty() && !(counterpartAfter && !before.isEmpty())) {
      ActorMention source = after.get(0);
      return new Roles(Optional.of(source), firstOther(after, source));
    }
    if (before.isEmpty()) {
      Optional<ActorMention> source = after.stream().findFirst();
      return new Roles(source, source.flatMap(s -> firstOther(after, s)));
    }
    ActorMention source = before.get(before.size() - 1);
    Optional<ActorMention> target = firstOther(after, source);
    if (target.isPresent()) {
      return new Roles(Optional.of(source), target);
    }
    List<ActorMention> inClause = sameClause(before, clauses[hit.first()], clauses);
    if (inClause.size() > 1 && !inClause.get(0).sameEntity(source)) {
      return new Roles(Optional.of(inClause.get(0)), Optional.of(source));
    }
    return new Roles(Optional.of(source), firstOther(before.subList(0, before.size() - 1), source));
  }

  /**
   * "Ukraine was attacked by Russia", "l'Ucraina è stata attaccata dalla Russia": the target comes
   * before the verb and the source, if named at all, after an agent preposition.
   */
  private static Roles passive(
      List<ActorMention> before, List<ActorMention> after, TriggerHit hit, List<String> keys) {
    Optional<ActorMention> target =
        before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
    Optional<ActorMention> source = Optional.empty();
    for (ActorMention a : after) {
      boolean agent = a.first() > 0 && Passive.isAgentMarker(keys, hit.last() + 1, a.first());
      if (agent && (target.isEmpty() || !a.sameEntity(target.get()))) {
        source = Optional.of(a);
        break;
      }
    }
    return new Roles(source, target);
  }

  /**
   * The casualty word shortly before the nominal trigger and in its clause ("morti a causa di un
   * raid"), if any.
   */
  private static OptionalInt casualtyWord(List<String> keys, TriggerHit hit, int[] clauses) {
    OptionalInt dead = Casualties.before(keys, hit.first());
    if (dead.isEmpty() || hit.first() - dead.getAsInt() > 6) {
      return OptionalInt.empty();
    }
    return clauses[dead.getAsInt()] == clauses[hit.first()] ? dead : OptionalInt.empty();
  }

  /**
   * "27 palestinesi sono morti in un raid israeliano": the victims named before the casualty word
   * are the target, the attacker is the first actor after the noun, if any.
   */
  private static Roles casualty(List<ActorMention> before, List<ActorMention> after, int dead) {
    Optional<ActorMention> victims = Optional.empty();
    for (ActorMention a : before) {
      if (a.last() < dead) {
        victims = Optional.of(a);
      }
    }
    Optional<ActorMention> source = after.stream().findFirst();
    if (victims.isPresent() && source.isPresent() && source.get().sameEntity(victims.get())) {
      source = Optional.empty();
    }
    return new Roles(source, victims);
  }

  private static boolean near(TriggerHit hit, List<String> keys, Set<String> words) {
    for (int i = hit.last() + 1; i <= hit.last() + 2 && i < keys.size(); i++) {
      if (words.contains(keys.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static List<ActorMention> sameClause(
      List<ActorMention> actors, int clause, int[] clauses) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention a : actors) {
      if (clauses[a.first()] == clause) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The first actor of {@code list} other than the source. An actor whose country is only the
   * article's guess and equals the source's is passed over for a later one when there is one: it is
   * mostly the source's own side or a noun used as a modifier ("British Defence Secretary ... to
   * continue military aid to Mozambique").
   */
  private static Optional<ActorMention> firstOther(List<ActorMention> list, ActorMention source) {
    Optional<ActorMention> echo = Optional.empty();
    for (ActorMention a : list) {
      if (a.sameEntity(source)) {
        continue;
      }
      boolean guessEcho =
          a.guessedCountry() && !source.guessedCountry() && a.country().equals(source.country());
      if (!guessEcho) {
        return Optional.of(a);
      }
      echo = echo.isPresent() ? echo : Optional.of(a);
    }
    return echo;
  }

  private static List<ActorMention> withoutQualifiers(List<ActorMention> actors) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention a : actors) {
      if (a.bareCountry()) {
        if (qualified(a, actors).isEmpty()) {
          out.add(a);
        }
      } else if (a.country().isEmpty() || a.guessedCountry()) {
        Optional<String> q = qualifier(a, actors).flatMap(ActorMention::country);
        out.add(q.isPresent() ? a.withCountry(q) : a);
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** The person or body that a bare country mention qualifies, if any. */
  static Optional<ActorMention> qualified(ActorMention country, List<ActorMention> actors) {
    for (ActorMention o : actors) {
      if (qualifies(country, o)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** Whether the bare {@code country} mention qualifies the person or body {@code other}. */
  static boolean qualifies(ActorMention country, ActorMention other) {
    return !other.bareCountry()
        && close(other, country)
        && (other.country().isEmpty()
            || other.guessedCountry()
            || other.country().equals(country.country()));
  }

  /** How far apart, in tokens, a qualifier and the actor it qualifies may be. */
  static int qualifierDistance() {
    return QUALIFIER_DISTANCE;
  }

  /** The bare country mention next to a person or body without a country, if any. */
  private static Optional<ActorMention> qualifier(ActorMention actor, List<ActorMention> actors) {
    for (ActorMention o : actors) {
      if (o.bareCountry() && close(o, actor)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  private static boolean close(ActorMention a, ActorMention b) {
    return Math.abs(a.first() - b.last()) <= QUALIFIER_DISTANCE
        || Math.abs(b.first() - a.last()) <= QUALIFIER_DISTANCE;
  }
}
