package org.rassegna.nlp.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds a lexicon's triggers in one sentence's token keys. Where hits overlap the one with more
 * pattern words wins ("incontro telefonico" over "incontro"), then the leftmost. Work is linear in
 * the sentence length times the few entries sharing a key, so a megabyte sentence stays cheap.
 */
public final class TriggerMatcher {
  /**
   * Articles and possessives of the seven languages (pooled, keys): a verbal entry after one is a
   * noun ("la amenaza", "the attack"). Prepositions that double as articles ("a") are left out.
   */
  private static final Set<String> DETERMINERS =
      Set.of(
          "il", "lo", "la", "i", "gli", "le", "l'", "un", "una", "uno", "un'", "suo", "sua", "the",
          "an", "its", "their", "his", "her", "el", "los", "las", "su", "sus", "les", "une", "son",
          "sa", "ses", "leur", "leurs", "der", "die", "das", "den", "dem", "des", "ein", "eine",
          "einen", "seine", "ihre", "os", "as", "um", "uma", "seu");

  /** Light verbs whose object noun carries the event (keys, pooled over the languages). */
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "issued",
          "issues",
          "voiced",
          "voices",
          "expressed",
          "expresses",
          "launched",
          "filed",
          "lodged",
          "espresso",
          "esprime",
          "lanciato",
          "lancia",
          "rivolto",
          "mosso",
          "formulato",
          "expreso",
          "expresa",
          "lanzo",
          "lanza",
          "enfoco",
          "dirigio",
          "formulo",
          "exprime",
          "lance",
          "adresse",
          "formule",
          "emis");

  private final TriggerLexicon lexicon;

  public TriggerMatcher(TriggerLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** Non-overlapping hits in text order; {@code keys} are the tokens' lookup keys. */
  public List<TriggerHit> find(List<String> keys) {
    List<TriggerHit> all = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (lexicon.excludedAt(keys, i)) {
        continue;
      }
      for (TriggerEntry e : lexicon.candidates(keys.get(i))) {
        int last = match(lexicon, e, 0, keys, i);
        if (last >= 0) {
          boolean noun = e.nominal() || (i > 0 && nounBefore(keys.get(i - 1)));
          all.add(new TriggerHit(e, i, last, noun && !lightVerbObject(keys, i)));
        }
      }
    }
    all.sort(
        Comparator.comparingInt((TriggerHit h) -> -h.entry().tokens().size())
            .thenComparingInt(TriggerHit::first));
    boolean[] taken = new boolean[keys.size()];
    List<TriggerHit> kept = new ArrayList<>();
    for (TriggerHit h : all) {
      if (free(taken, h)) {
        for (int t = h.first(); t <= h.last(); t++) {
          taken[t] = true;
        }
        kept.add(h);
      }
    }
    kept.sort(Comparator.comparingInt(TriggerHit::first));
    return kept;
  }

  /**
   * Whether the noun at {@code i} is the object of a light verb, right after it or after one
   * determiner ("enfocó sus críticas a la OTAN", "ha lanciato un appello", "issued a warning"): the
   * verb adds nothing, so the noun is the clause's predicate and is read as a verb, actor before
   * and target after.
   */
  private static boolean lightVerbObject(List<String> keys, int i) {
    if (i > 0 && LIGHT_VERBS.contains(keys.get(i - 1))) {
      return true;
    }
    return i > 1 && DETERMINERS.contains(keys.get(i - 1)) && LIGHT_VERBS.contains(keys.get(i - 2));
  }

  /**
   * A determiner or a number before a verbal entry makes it a noun: "the attack", "the 2001
   * attacks", "3 arrests"; a verb is not counted.
   */
  private static boolean nounBefore(String key) {
    return DETERMINERS.contains(key)
        || (!key.isEmpty() && key.chars().allMatch(Character::isDigit));
  }

  private static boolean free(boolean[] taken, TriggerHit h) {
    for (int t = h.first(); t <= h.last(); t++) {
      if (taken[t]) {
        return false;
      }
    }
    return true;
  }

  /** Index of the last token matched by pattern tokens from {@code p} on, or -1. */
  private static int match(
      TriggerLexicon lexicon, TriggerEntry e, int p, List<String> keys, int t) {
    List<String> pattern = e.tokens();
    if (p == pattern.size()) {
      return t - 1;
    }
    String pt = pattern.get(p);
    if (TriggerEntry.GAP.equals(pt)) {
      for (int skip = 0; skip <= TriggerEntry.MAX_GAP && t + skip < keys.size(); skip++) {
        int end = match(lexicon, e, p + 1, keys, t + skip);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    if (t >= keys.size() || !lexicon.matches(pt, keys.get(t))) {
      return -1;
    }
    return match(lexicon, e, p + 1, keys, t + 1);
  }
}
