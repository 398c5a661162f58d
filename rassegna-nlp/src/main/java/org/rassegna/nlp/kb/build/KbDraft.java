package org.rassegna.nlp.kb.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rassegna.nlp.kb.AliasKeys;
import org.rassegna.nlp.kb.AliasKind;
import org.rassegna.nlp.kb.EntityKind;
import org.rassegna.nlp.kb.KbAlias;
import org.rassegna.nlp.kb.KbEntity;
import org.rassegna.nlp.kb.KnowledgeBase;

/**
 * A knowledge base being built: entities by key and aliases in the order added. Sources are added
 * from most to least trusted, so for an alias shared by two entries the earlier one wins at look-up
 * time. Duplicate aliases of one entry are dropped.
 */
final class KbDraft {
  private final List<KbEntity> entities = new ArrayList<>();
  private final Map<String, Integer> byKey = new HashMap<>();
  private final List<KbAlias> aliases = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final Map<String, Integer> personNames = new HashMap<>();

  /** Adds the entity unless its key is known; returns its index either way. */
  int entity(KbEntity e) {
    Integer known = byKey.get(e.key());
    if (known != null) {
      return known;
    }
    entities.add(e);
    byKey.put(e.key(), entities.size() - 1);
    return entities.size() - 1;
  }

  Optional<Integer> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  KbEntity get(int index) {
    return entities.get(index);
  }

  void alias(int entity, String text, AliasKind kind, String language) {
    String t = text.strip();
    String key = AliasKeys.of(t);
    if (key.isEmpty() || !seen.add(entity + "|" + kind + "|" + language + "|" + t)) {
      return;
    }
    aliases.add(new KbAlias(t, entity, kind, language));
    if (kind == AliasKind.NAME && entities.get(entity).kind() == EntityKind.PERSON) {
      personNames.putIfAbsent(key, entity);
    }
  }

  /** The person already known under this full name, if any. */
  Optional<Integer> personNamed(String form) {
    return Optional.ofNullable(personNames.get(AliasKeys.of(form)));
  }

  KnowledgeBase build() {
    return new KnowledgeBase(entities, aliases);
  }
}
