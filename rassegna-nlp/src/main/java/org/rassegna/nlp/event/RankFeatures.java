package org.rassegna.nlp.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The features the trigger ranker reads for one trigger of a sentence: the lexicon's type (alone
 * and with noun/verb use), the trigger words, the words right before and after it, a bag of the
 * words around it, and its place among the sentence's triggers (the first verbal one, another
 * verbal one, a noun; its index).
 *
 * <p>Word features carry the language, so weights learnt on the English and Spanish gold sentences
 * never fire on Italian or French words; the type and place features are shared by all languages,
 * which is what the ranker can carry over to them.
 */
final class RankFeatures {
  /** Words this far either side of the trigger go into the bag. */
  static final int BAG_WINDOW = 6;

  private RankFeatures() {}

  /** Words of one trigger; {@link #place} adds where it stands among the sentence's triggers. */
  static List<String> of(String lang, List<String> keys, TriggerHit hit, PloverType lexType) {
    String p = lang + ":";
    List<String> f = new ArrayList<>();
    f.add("lex=" + lexType);
    f.add(p + "lex=" + lexType);
    f.add(p + "lex=" + lexType + "|nom=" + hit.nominal());
    String trigger = String.join(" ", keys.subList(hit.first(), hit.last() + 1));
    f.add(p + "trig=" + trigger);
    f.add(p + "trig=" + trigger + "|lex=" + lexType);
    f.add(p + "w-1=" + word(keys, hit.first() - 1));
    f.add(p + "w-2=" + word(keys, hit.first() - 2));
    f.add(p + "w+1=" + word(keys, hit.last() + 1));
    f.add(p + "w+2=" + word(keys, hit.last() + 2));
    f.add(p + "w+1=" + word(keys, hit.last() + 1) + "|lex=" + lexType);
    int from = Math.max(0, hit.first() - BAG_WINDOW);
    int to = Math.min(keys.size(), hit.last() + BAG_WINDOW + 1);
    for (int i = from; i < to; i++) {
      if ((i < hit.first() || i > hit.last()) && keys.get(i).length() > 2) {
        f.add(p + "bag=" + keys.get(i));
      }
    }
    return f;
  }

  /**
   * The place features of trigger {@code i} among a sentence's triggers, given which one is the
   * sentence's main trigger (the first verbal one, else the first).
   */
  static List<String> place(List<TriggerCandidate> triggers, int i, int main) {
    String role = i == main ? "main" : triggers.get(i).hit().nominal() ? "noun" : "verb";
    return List.of(
        "place=" + role,
        "index=" + Math.min(i, 3),
        "place=" + role + "|n=" + Math.min(triggers.size(), 3));
  }

  private static String word(List<String> keys, int i) {
    return i < 0 ? "<s>" : i >= keys.size() ? "</s>" : keys.get(i);
  }
}
