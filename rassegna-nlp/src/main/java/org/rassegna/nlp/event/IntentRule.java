package org.rassegna.nlp.event;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PLOVER's rule for announced actions: an event stated as a future intent is coded as what it is
 * now, a promise or a threat. A cooperative action after a future or intent word ("will support",
 * "è pronto a ritirare") is AGREE; a conflictual one ("will impose a curfew", "would boycott") is
 * THREATEN; one that someone else "must" do ("Iraq must cooperate") is REQUEST; a refused future
 * cooperation ("will not accept") is REJECT.
 */
final class IntentRule {
  /** Future and intent words look this many words back from the trigger. */
  static final int WINDOW = 3;

  private static final Set<PloverType> COOPERATIVE =
      EnumSet.of(
          PloverType.SUPPORT,
          PloverType.AID,
          PloverType.CONSULT,
          PloverType.COOPERATE,
          PloverType.CONCEDE,
          PloverType.RETREAT,
          PloverType.AGREE);

  private static final Set<PloverType> CONFLICTUAL =
      EnumSet.of(
          PloverType.SANCTION,
          PloverType.PROTEST,
          PloverType.COERCE,
          PloverType.ASSAULT,
          PloverType.MOBILIZE);

  private static final Map<String, Set<String>> FUTURE =
      Map.of(
          "en",
          Set.of(
              "will", "'ll", "shall", "plans", "planned", "intends", "prepared", "ready", "vowed"),
          "it",
          Set.of("pronto", "pronta", "pronti", "intende", "intendono", "prepara"),
          "es",
          Set.of("dispuesto", "dispuestos", "planea", "prepara", "va", "van"),
          "fr",
          Set.of("pret", "prete", "prets", "va", "vont", "compte", "entend"),
          "pt",
          Set.of("pronto", "prontos", "disposto", "planeja", "pretende", "vai", "vao"));

  private static final Map<String, Set<String>> MUST =
      Map.of(
          "en", Set.of("must"),
          "it", Set.of("deve", "devono"),
          "es", Set.of("debe", "deben"),
          "fr", Set.of("doit", "doivent"),
          "de", Set.of("muss", "mussen"),
          "pt", Set.of("deve", "devem"));

  private IntentRule() {}

  /** The type of the trigger once its intent words are read. */
  static PloverType type(String lang, List<String> keys, TriggerHit hit, boolean negated) {
    PloverType t = hit.entry().type();
    int from = Math.max(0, hit.first() - WINDOW);
    for (int i = hit.first() - 1; i >= from; i--) {
      String k = keys.get(i);
      if (MUST.getOrDefault(lang, Set.of()).contains(k) && t != PloverType.REQUEST) {
        return PloverType.REQUEST;
      }
      if (FUTURE.getOrDefault(lang, Set.of()).contains(k)) {
        if (COOPERATIVE.contains(t)) {
          return negated ? PloverType.REJECT : PloverType.AGREE;
        }
        return CONFLICTUAL.contains(t) ? PloverType.THREATEN : t;
      }
    }
    return t;
  }
}
