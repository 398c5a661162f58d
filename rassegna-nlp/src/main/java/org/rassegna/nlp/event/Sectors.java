package org.rassegna.nlp.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rassegna.nlp.LinkedEntity;

/**
 * The sector of an actor (PLOVER/CAMEO agent codes): from a role noun next to its mention ("forze
 * russe", "Russian troops", "la policía venezolana" give MIL, MIL, COP), else from the entity's
 * knowledge-base role (officials and governments are GOV, international organisations IGO). A bare
 * country has no sector: the text did not say which part of it acted.
 */
final class Sectors {
  /** Role nouns (lookup keys, prefixes end in '*') and their sector; pooled over languages. */
  private static final Map<String, String> AGENTS =
      Map.ofEntries(
          Map.entry("forz*", "MIL"),
          Map.entry("trupp*", "MIL"),
          Map.entry("esercit*", "MIL"),
          Map.entry("militar*", "MIL"),
          Map.entry("soldat*", "MIL"),
          Map.entry("troop*", "MIL"),
          Map.entry("army", "MIL"),
          Map.entry("armed", "MIL"),
          Map.entry("military", "MIL"),
          Map.entry("forces", "MIL"),
          Map.entry("soldier*", "MIL"),
          Map.entry("fuerzas", "MIL"),
          Map.entry("ejercito", "MIL"),
          Map.entry("tropas", "MIL"),
          Map.entry("forces*", "MIL"),
          Map.entry("armee", "MIL"),
          Map.entry("soldats", "MIL"),
          Map.entry("streitkraft*", "MIL"),
          Map.entry("forcas", "MIL"),
          Map.entry("exercito", "MIL"),
          Map.entry("войск*", "MIL"),
          Map.entry("армия", "MIL"),
          Map.entry("polizi*", "COP"),
          Map.entry("police", "COP"),
          Map.entry("policia", "COP"),
          Map.entry("policie*", "COP"),
          Map.entry("governo", "GOV"),
          Map.entry("government", "GOV"),
          Map.entry("gobierno", "GOV"),
          Map.entry("gouvernement", "GOV"),
          Map.entry("regierung", "GOV"),
          Map.entry("autorita", "GOV"),
          Map.entry("authorities", "GOV"),
          Map.entry("autoridades", "GOV"),
          Map.entry("autorites", "GOV"),
          Map.entry("ministr*", "GOV"),
          Map.entry("minister*", "GOV"),
          Map.entry("officials", "GOV"),
          Map.entry("diplomat*", "GOV"),
          Map.entry("правительств*", "GOV"),
          Map.entry("ribell*", "REB"),
          Map.entry("rebel*", "REB"),
          Map.entry("manifestant*", "OPP"),
          Map.entry("protester*", "OPP"),
          Map.entry("opposizione", "OPP"),
          Map.entry("opposition", "OPP"),
          Map.entry("oposicion", "OPP"));

  /** Roles of the knowledge base's armed groups, parties and territories (empty: no sector). */
  private static final Map<String, String> GROUP_ROLES =
      Map.of("rebels", "REB", "military", "MIL", "party", "PTY", "territory", "");

  private Sectors() {}

  /** The sector of {@code entity} mentioned between sentence tokens {@code [first, last]}. */
  static Optional<String> of(LinkedEntity entity, List<String> keys, int first, int last) {
    if (entity.role().filter(r -> r.startsWith(AgentActors.ROLE_PREFIX)).isPresent()) {
      return fromRole(entity);
    }
    for (int i : new int[] {first - 1, last + 1, first - 2, first}) {
      if (i >= 0 && i < keys.size()) {
        Optional<String> s = agent(keys.get(i));
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return fromRole(entity);
  }

  private static Optional<String> agent(String key) {
    String exact = AGENTS.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (Map.Entry<String, String> e : AGENTS.entrySet()) {
      String p = e.getKey();
      if (p.endsWith("*") && key.startsWith(p.substring(0, p.length() - 1))) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> fromRole(LinkedEntity entity) {
    String role = entity.role().orElse("").toLowerCase(Locale.ROOT);
    if (role.startsWith(AgentActors.ROLE_PREFIX)) {
      return Optional.of(entity.role().get().substring(AgentActors.ROLE_PREFIX.length()));
    }
    String group = GROUP_ROLES.get(role);
    if (group != null) {
      return group.isEmpty() ? Optional.empty() : Optional.of(group);
    }
    if (role.isEmpty() || role.equals("country")) {
      return Optional.empty();
    }
    if (role.contains("international organisation")) {
      return Optional.of("IGO");
    }
    if (role.equals("elite")) {
      return Optional.of("ELI");
    }
    if (role.equals("intelligence")) {
      return Optional.of("SPY");
    }
    if (role.contains("defense") || role.contains("defence") || role.contains("armed forces")) {
      return Optional.of("MIL");
    }
    return entity.linked() ? Optional.of("GOV") : Optional.empty();
  }
}
