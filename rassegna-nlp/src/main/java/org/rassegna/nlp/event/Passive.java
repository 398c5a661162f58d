package org.rassegna.nlp.event;

import java.util.List;
import java.util.Set;

/**
 * Passive voice around a verbal trigger, from pooled per-language auxiliaries ("was", "stato",
 * "fue", "été", "wurde", "foi") just before it and agent prepositions ("by", "dalla", "por", "par",
 * "von", "pelo") after it. Italian "è" is left out: without its accent it is "e", "and".
 */
final class Passive {
  /** An auxiliary counts this many words before the trigger ("è stato subito attaccato"). */
  private static final int AUXILIARY_WINDOW = 2;

  /**
   * An agent preposition counts this many words before the agent: a head noun and its article may
   * stand between them ("solicitada por grupos de la oposición venezolana").
   */
  private static final int AGENT_WINDOW = 4;

  private static final Set<String> AUXILIARIES =
      Set.of(
          "was", "were", "been", "being", "is", "are", "stato", "stata", "stati", "state", "viene",
          "vengono", "venne", "fu", "furono", "fue", "fueron", "sido", "ete", "wurde", "wurden",
          "worden", "foi", "foram");

  private static final Set<String> AGENT_MARKERS =
      Set.of(
          "by", "da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "dall'", "por", "par",
          "von", "vom", "durch", "pelo", "pela", "pelos", "pelas");

  private Passive() {}

  /** Whether the verbal trigger is a passive participle. */
  static boolean is(List<String> keys, TriggerHit hit) {
    String first = keys.get(hit.first());
    if (first.endsWith("ing")) {
      return false;
    }
    for (int i = hit.first() - 1; i >= Math.max(0, hit.first() - AUXILIARY_WINDOW); i--) {
      if (AUXILIARIES.contains(keys.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether an agent preposition lies in {@code [from, agent)}, close to the agent. */
  static boolean isAgentMarker(List<String> keys, int from, int agent) {
    for (int i = Math.max(from, agent - AGENT_WINDOW); i < agent; i++) {
      if (AGENT_MARKERS.contains(keys.get(i))) {
        return true;
      }
    }
    return false;
  }
}
