package org.rassegna.nlp.event;

import java.util.List;
import java.util.Set;

/**
 * Verbs of saying as lookup keys, pooled over languages: a name right after one ("ha detto Peskov",
 * "said Lavrov", "a déclaré Macron") or right before one ("a senior official said") is the speaker
 * who reports an event.
 */
final class SpeechVerbs {
  private static final Set<String> VERBS =
      Set.of(
          "detto",
          "dichiarato",
          "affermato",
          "spiegato",
          "aggiunto",
          "sottolineato",
          "precisato",
          "riferito",
          "dice",
          "afferma",
          "spiega",
          "said",
          "says",
          "told",
          "added",
          "stated",
          "confirmed",
          "reported",
          "confermato",
          "indico",
          "informo",
          "confirmo",
          "confirme",
          "dijo",
          "afirmo",
          "declaro",
          "explico",
          "anadio",
          "senalo",
          "dit",
          "declare",
          "affirme",
          "ajoute",
          "explique",
          "sagte",
          "erklarte",
          "betonte",
          "sagt",
          "disse",
          "afirmou",
          "declarou",
          "explicou",
          "заявил",
          "заявила",
          "сказал",
          "сказала",
          "отметил");

  private SpeechVerbs() {}

  /** Auxiliaries that may stand between a speaker and the verb ("X has said", "X ha detto"). */
  private static final Set<String> AUXILIARIES =
      Set.of("has", "had", "have", "ha", "hanno", "a", "ont", "han", "hat", "habia");

  static boolean isSpeechVerb(String key) {
    return VERBS.contains(key);
  }

  /**
   * Whether the actor whose mention ends at token {@code last} is the subject of a verb of saying
   * right after it ("..., a Jordanian official said", "Peskov ha detto"): then it reports rather
   * than takes part, when it comes after the event's trigger.
   */
  static boolean followedBySpeech(List<String> keys, int last) {
    int i = last + 1;
    if (i < keys.size() && AUXILIARIES.contains(keys.get(i))) {
      i++;
    }
    return i < keys.size() && VERBS.contains(keys.get(i));
  }
}
