package org.rassegna.nlp.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;

/**
 * "The country", "il Paese", "le pays", "el país": a definite noun for a country names the country
 * named last before it, in its sentence or an earlier one. Such a phrase becomes an actor of that
 * country, so "Kiev accused Moscow of shelling the country" or "il governo ha chiesto al Paese" has
 * a target the linker cannot give. The actor is a synthetic unlinked entity with the role {@code
 * country}, like a country named by its name.
 */
final class CountryAnaphora {
  /** Country nouns as lookup keys, pooled over languages. */
  private static final Set<String> NOUNS = Set.of("country", "paese", "pays", "pais");

  /** Definite articles, alone or joined to a preposition, that make the noun point back. */
  private static final Set<String> DEFINITE =
      Set.of(
          "the", "il", "del", "nel", "al", "dal", "sul", "le", "du", "au", "el", "this", "questo");

  private CountryAnaphora() {}

  /**
   * Actors for the country nouns of one sentence, each of the nearest country among {@code actors}
   * before it, else of {@code previous} (the last country named in earlier sentences).
   */
  static List<ActorMention> find(
      String text,
      List<Span> tokens,
      List<String> keys,
      List<ActorMention> actors,
      Optional<String> previous) {
    List<ActorMention> out = new ArrayList<>();
    Antecedents antecedents = null;
    for (int i = 1; i < keys.size(); i++) {
      if (!NOUNS.contains(keys.get(i)) || !DEFINITE.contains(keys.get(i - 1))) {
        continue;
      }
      if (antecedents == null) {
        antecedents = Antecedents.of(actors);
      }
      Optional<String> country = antecedents.before(i).or(() -> previous);
      if (country.isEmpty()) {
        continue;
      }
      Span t = tokens.get(i);
      EntityMention m = new EntityMention(t.start(), t.end(), text.substring(t.start(), t.end()));
      LinkedEntity e =
          new LinkedEntity(
              Optional.empty(),
              m.text(),
              EntityType.LOCATION,
              country,
              Optional.of("country"),
              List.of(m));
      out.add(new ActorMention(e, m, i, i, false, country, false));
    }
    return out;
  }

  /**
   * The country of the last country named as such before token {@code i}, if any; a demonym or
   * country that only qualifies a person or body ("il presidente francese Macron") is not an
   * antecedent, since the phrase points back to a country spoken of, not to a speaker's
   * nationality.
   */
  static Optional<String> lastCountryBefore(List<ActorMention> actors, int i) {
    return Antecedents.of(actors).before(i);
  }

  /**
   * The countries a country noun can point back to, by the token they end at. Built once per
   * sentence: each bare country is checked against its neighbours only, so a hostile sentence of
   * thousands of countries stays near linear.
   */
  private record Antecedents(int[] lasts, List<String> countries) {
    static Antecedents of(List<ActorMention> actors) {
      List<ActorMention> sorted = new ArrayList<>(actors);
      sorted.sort(
          Comparator.comparingInt(ActorMention::last).thenComparingInt(ActorMention::first));
      int longest = 0;
      for (ActorMention a : sorted) {
        longest = Math.max(longest, a.last() - a.first());
      }
      List<Integer> lasts = new ArrayList<>();
      List<String> countries = new ArrayList<>();
      for (int k = 0; k < sorted.size(); k++) {
        ActorMention a = sorted.get(k);
        if (a.bareCountry() && a.country().isPresent() && !qualifiesNear(sorted, k, longest)) {
          lasts.add(a.last());
          countries.add(a.country().get());
        }
      }
      return new Antecedents(lasts.stream().mapToInt(Integer::intValue).toArray(), countries);
    }

    /** Whether {@code sorted[k]} qualifies an actor near it ({@link ActorAssigner#qualifies}). */
    private static boolean qualifiesNear(List<ActorMention> sorted, int k, int longest) {
      ActorMention country = sorted.get(k);
      int reach = ActorAssigner.qualifierDistance() + longest;
      for (int j = k - 1; j >= 0 && sorted.get(j).last() >= country.first() - reach; j--) {
        if (ActorAssigner.qualifies(country, sorted.get(j))) {
          return true;
        }
      }
      for (int j = k + 1;
          j < sorted.size() && sorted.get(j).last() <= country.last() + reach;
          j++) {
        if (ActorAssigner.qualifies(country, sorted.get(j))) {
          return true;
        }
      }
      return false;
    }

    /** The country of the antecedent ending last before token {@code i}. */
    Optional<String> before(int i) {
      int lo = 0;
      int hi = lasts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (lasts[mid] < i) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo == 0 ? Optional.empty() : Optional.of(countries.get(lo - 1));
    }
  }
}
