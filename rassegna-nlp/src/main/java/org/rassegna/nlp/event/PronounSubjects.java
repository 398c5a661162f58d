package org.rassegna.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.Span;

/**
 * A singular subject pronoun opening a clause ("Il est accusé d'avoir ...", "Lui et ses sbires
 * accusent ...", "He rejected ...") stands for the person last named as a subject: the first person
 * actor of the latest earlier sentence that had one. Such a pronoun becomes an actor of that
 * person, so an event told in the sentence after the one naming its actor keeps its actor. Why only
 * singular subject pronouns: plural ones and object pronouns point to groups or to objects as often
 * as to the last person, and an antecedent only one step back is mostly right.
 */
final class PronounSubjects {
  /**
   * Singular subject pronouns per language (keys). Spanish "él" is left out: without its accent it
   * is the article "el"; Italian and Spanish mostly drop the subject pronoun anyway.
   */
  private static final Map<String, Set<String>> PRONOUNS =
      Map.of(
          "fr", Set.of("il", "elle", "lui"),
          "en", Set.of("he", "she"),
          "it", Set.of("lui", "lei", "egli"),
          "es", Set.of("ella"));

  /** Words after which a pronoun still opens a clause ("et il", "and he", "mais elle"). */
  private static final Set<String> CONJUNCTIONS =
      Set.of("et", "mais", "puis", "and", "but", "then", "e", "ma", "poi", "y", "pero");

  private PronounSubjects() {}

  /**
   * Actors for the clause-opening subject pronouns of one sentence, each a copy of {@code
   * antecedent} at the pronoun; none without an antecedent.
   *
   * @param clauses clause number of each token
   */
  static List<ActorMention> find(
      String language,
      String text,
      List<Span> tokens,
      List<String> keys,
      int[] clauses,
      Optional<ActorMention> antecedent) {
    Set<String> pronouns = PRONOUNS.getOrDefault(language, Set.of());
    List<ActorMention> out = new ArrayList<>();
    if (antecedent.isEmpty() || pronouns.isEmpty()) {
      return out;
    }
    ActorMention a = antecedent.get();
    for (int i = 0; i < keys.size(); i++) {
      if (pronouns.contains(keys.get(i)) && opensClause(keys, clauses, i)) {
        Span t = tokens.get(i);
        EntityMention m = new EntityMention(t.start(), t.end(), text.substring(t.start(), t.end()));
        out.add(new ActorMention(a.entity(), m, i, i, false, a.country(), a.guessedCountry()));
      }
    }
    return out;
  }

  private static boolean opensClause(List<String> keys, int[] clauses, int i) {
    if (i == 0 || clauses[i] != clauses[i - 1]) {
      return true;
    }
    return CONJUNCTIONS.contains(keys.get(i - 1)) && (i == 1 || clauses[i - 1] != clauses[i - 2]);
  }

  /**
   * The antecedent a later pronoun can point to: the first codable person of this sentence's
   * actors, else {@code previous}.
   */
  static Optional<ActorMention> antecedent(
      List<ActorMention> actors, Optional<ActorMention> previous) {
    for (ActorMention a : actors) {
      if (a.entity().type() == EntityType.PERSON && a.codable() && !a.speaker()) {
        return Optional.of(a);
      }
    }
    return previous;
  }
}
