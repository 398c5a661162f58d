package org.rassegna.nlp.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Negation and hypothesis of a trigger, from cue words around it.
 *
 * <p>Negated: a negator ("non", "not", "didn't", "ne", "nicht", "não", "не") within {@value
 * #NEGATION_BEFORE} words before the trigger, or "nicht"/"kein" just after it (German puts it after
 * the verb). A negated exclusion ("would not exclude", "non escludere") is not a negation of the
 * event but makes it hypothetical. Hypothetical: a conditional, possibility or condition cue
 * ("potrebbe", "would", "if", "ipotizzato", "possibile") within {@value #HYPOTHESIS_WINDOW} words
 * either side. Cue lists are per language: "se" is "if" in Italian but a clitic in Spanish.
 */
final class Modality {
  static final int NEGATION_BEFORE = 3;
  static final int NEGATION_AFTER = 2;
  static final int HYPOTHESIS_WINDOW = 12;

  private static final Map<String, Set<String>> NEGATORS =
      Map.of(
          "it", Set.of("non", "mai", "neppure", "nemmeno"),
          "en", Set.of("not", "never", "no", "nor", "cannot"),
          "es", Set.of("no", "nunca", "jamas", "tampoco", "ni"),
          "fr", Set.of("ne", "n'", "jamais", "pas"),
          "de", Set.of("nicht", "nie", "niemals", "kein", "keine", "keinen"),
          "pt", Set.of("nao", "nunca", "jamais", "nem"),
          "ru", Set.of("не", "ни", "никогда"));

  private static final Set<String> NEGATORS_AFTER =
      Set.of("nicht", "kein", "keine", "keinen", "pas");

  /** Verbs of ruling out: negated, they make the event possible rather than denied. */
  private static final Set<String> EXCLUDE_STEMS =
      Set.of("esclud", "exclud", "rule", "ruled", "descart", "exclu", "ausschl", "исключ");

  private static final Map<String, Set<String>> HYPOTHESIS =
      Map.of(
          "it",
          Set.of(
              "se",
              "qualora",
              "ipotesi",
              "ipotizzato",
              "ipotizzata",
              "ipotizza",
              "eventuale",
              "eventualmente",
              "possibile",
              "possibilita",
              "potenziale"),
          "en",
          Set.of(
              "if",
              "would",
              "could",
              "might",
              "possible",
              "possibly",
              "potential",
              "potentially",
              "unless",
              "hypothetical"),
          "es",
          Set.of(
              "si",
              "podria",
              "podrian",
              "posible",
              "posibilidad",
              "eventual",
              "seria",
              "habria",
              "hipotetico",
              "hipotetica"),
          "fr",
          Set.of(
              "si",
              "pourrait",
              "pourraient",
              "serait",
              "aurait",
              "eventuel",
              "eventuelle",
              "possible",
              "eventuellement"),
          "de",
          Set.of("wenn", "falls", "moglich", "moglicherweise", "eventuell", "ware"),
          "pt",
          Set.of("se", "caso", "poderia", "poderiam", "possivel", "seria", "eventual"),
          "ru",
          Set.of("если", "бы", "возможно", "возможный", "может"));

  private Modality() {}

  static boolean negated(String lang, List<String> keys, int first, int last) {
    for (int i = Math.max(0, first - NEGATION_BEFORE); i < first; i++) {
      if (negator(lang, keys.get(i)) && !excludeBetween(keys, i + 1, first)) {
        return true;
      }
    }
    for (int i = last + 1; i <= last + NEGATION_AFTER && i < keys.size(); i++) {
      if (NEGATORS_AFTER.contains(keys.get(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean hypothetical(String lang, List<String> keys, int first, int last) {
    int from = Math.max(0, first - HYPOTHESIS_WINDOW);
    int to = Math.min(keys.size() - 1, last + HYPOTHESIS_WINDOW);
    for (int i = from; i <= to; i++) {
      String k = keys.get(i);
      if (HYPOTHESIS.getOrDefault(lang, Set.of()).contains(k) || conditional(lang, k)) {
        return true;
      }
      if (i < first && negator(lang, k) && excludeBetween(keys, i + 1, Math.min(first, i + 5))) {
        return true;
      }
    }
    return false;
  }

  private static boolean negator(String lang, String k) {
    return NEGATORS.getOrDefault(lang, Set.of()).contains(k) || k.endsWith("n't");
  }

  private static boolean excludeBetween(List<String> keys, int from, int to) {
    for (int i = from; i < to; i++) {
      for (String stem : EXCLUDE_STEMS) {
        if (keys.get(i).startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "-rebbe", "-rebbero": the Italian conditional, unambiguous by its ending. */
  private static boolean conditional(String lang, String k) {
    return "it".equals(lang) && k.length() > 6 && (k.endsWith("rebbe") || k.endsWith("rebbero"));
  }
}
