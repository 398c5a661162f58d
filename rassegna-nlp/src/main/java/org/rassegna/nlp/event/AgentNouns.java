package org.rassegna.nlp.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rassegna.nlp.kb.AliasKeys;

/**
 * Common nouns that name a sector of a state or society ("la polizia", "the troops", "los
 * manifestantes", "les juges"), PETRARCH's agents: they are actors although no tagger or linker
 * sees an entity in them. Hand-written per-language lists {@code agents-<lang>.tsv} ({@code word
 * TAB sector}); immutable and thread-safe once loaded.
 */
final class AgentNouns {
  private static final Map<String, Optional<AgentNouns>> SHIPPED = new ConcurrentHashMap<>();

  private final Map<String, String> sectorByKey;

  AgentNouns(Map<String, String> sectorByKey) {
    this.sectorByKey = Map.copyOf(sectorByKey);
  }

  /** The shipped list of a language; empty for a language without one. */
  static Optional<AgentNouns> shipped(String language) {
    return SHIPPED.computeIfAbsent(language, AgentNouns::load);
  }

  /** The sector code (COP, MIL, GOV, OPP, REB, JUD, LEG, LAB) of a token key, if it is an agent. */
  Optional<String> sector(String key) {
    return Optional.ofNullable(sectorByKey.get(key));
  }

  private static Optional<AgentNouns> load(String language) {
    String name = "agents-" + language + ".tsv";
    try (InputStream in = AgentNouns.class.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> m = new HashMap<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 2) {
          throw new IllegalArgumentException(name + ": expected word TAB sector: " + line);
        }
        m.put(AliasKeys.token(f[0].strip()), f[1].strip());
      }
      return Optional.of(new AgentNouns(m));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read agent nouns " + name, e);
    }
  }
}
