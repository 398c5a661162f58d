package org.rassegna.nlp.event;

import java.util.Set;

/**
 * Verbs of saying as lookup keys, pooled over languages: a name right after one ("ha detto Peskov",
 * "said Lavrov", "a déclaré Macron") is the speaker who reports an event.
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

  static boolean isSpeechVerb(String key) {
    return VERBS.contains(key);
  }
}
