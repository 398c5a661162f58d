package org.rassegna.nlp.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rassegna.nlp.kb.AliasKeys;
import org.rassegna.nlp.kb.AliasKind;
import org.rassegna.nlp.kb.EntityKind;
import org.rassegna.nlp.kb.KbAlias;
import org.rassegna.nlp.kb.KbEntity;
import org.rassegna.nlp.kb.KnowledgeBase;

/**
 * The country of an actor the linker left without one, read from the words of its own mention:
 * "esercito israeliano", "the Chinese Ministry of State Security", "ministero degli Esteri russo"
 * name a body of a country whose name or demonym they contain. Built once from the knowledge base's
 * one-word country names and demonyms; immutable and thread-safe.
 */
final class ActorCountries {
  private final Map<String, String> byWord;

  ActorCountries(KnowledgeBase kb) {
    Map<String, String> m = new HashMap<>();
    for (KbAlias a : kb.aliases()) {
      KbEntity e = kb.entity(a.entity());
      boolean countryWord = a.kind() == AliasKind.NAME || a.kind() == AliasKind.DEMONYM;
      String key = AliasKeys.of(a.text());
      if (e.kind() == EntityKind.COUNTRY
          && countryWord
          && e.country().isPresent()
          && key.length() > 3
          && key.indexOf(' ') < 0) {
        m.putIfAbsent(key, e.country().get());
      }
    }
    this.byWord = Map.copyOf(m);
  }

  /** The country a single word key names or qualifies ("israeliano", "russia"). */
  Optional<String> ofWord(String key) {
    return Optional.ofNullable(byWord.get(key));
  }

  /** The country of the first word among {@code keys} that names or qualifies one. */
  Optional<String> of(List<String> keys) {
    for (String k : keys) {
      String c = byWord.get(k);
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
