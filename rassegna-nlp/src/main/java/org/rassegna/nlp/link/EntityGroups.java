package org.rassegna.nlp.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.kb.AliasKeys;
import org.rassegna.nlp.kb.KbEntity;
import org.rassegna.nlp.kb.KnowledgeBase;

/**
 * The entities of one article as they are being found: one group per knowledge-base entry, per
 * place named by a capital, and per unlinked name. A span is added once however many routes lead to
 * it. Not thread-safe: one instance per article.
 */
final class EntityGroups {
  private final KnowledgeBase kb;
  private final String text;
  private final Map<String, Group> groups = new LinkedHashMap<>();

  private static final class Group {
    final Optional<String> id;
    final String name;
    final EntityType type;
    final Optional<String> country;
    final Optional<String> role;
    final Optional<KbEntity> entity;
    final TreeMap<Integer, EntityMention> mentions = new TreeMap<>();

    Group(Optional<KbEntity> entity, String name, EntityType type, Optional<String> country) {
      this.entity = entity;
      this.id = entity.map(KbEntity::id);
      this.name = name;
      this.type = type;
      this.country = country;
      this.role = entity.flatMap(KbEntity::role);
    }
  }

  EntityGroups(KnowledgeBase kb, String text) {
    this.kb = kb;
    this.text = text;
  }

  boolean hasEntity(int entity) {
    return groups.containsKey("kb:" + entity);
  }

  void addLinked(int entity, int start, int end) {
    KbEntity e = kb.entity(entity);
    group("kb:" + entity, Optional.of(e), e.name(), e.kind().type(), e.country())
        .mentions
        .putIfAbsent(start, mention(start, end));
  }

  /** A capital read as a place: not linked, but its country is known. */
  void addPlace(int entity, int start, int end) {
    String surface = text.substring(start, end);
    group(
            "place:" + AliasKeys.of(surface),
            Optional.empty(),
            surface,
            EntityType.LOCATION,
            kb.entity(entity).country())
        .mentions
        .putIfAbsent(start, mention(start, end));
  }

  void addUnlinked(EntityType type, int start, int end) {
    String surface = text.substring(start, end);
    group(
            "ner:" + type + ":" + AliasKeys.of(surface),
            Optional.empty(),
            surface,
            type,
            Optional.empty())
        .mentions
        .putIfAbsent(start, mention(start, end));
  }

  /**
   * The person group whose name ends in this surname key, if exactly one: "Peskov" after "Dmitry
   * Peskov". Two candidates (two Kims) are left unresolved rather than guessed.
   */
  Optional<String> personBySurname(String surnameKey) {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, Group> g : groups.entrySet()) {
      if (g.getValue().type == EntityType.PERSON && endsWithSurname(g.getValue(), surnameKey)) {
        found.add(g.getKey());
      }
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The person group of this country holding this office, if the article names them. */
  Optional<String> officeHolder(String country, String office) {
    for (Map.Entry<String, Group> g : groups.entrySet()) {
      Optional<KbEntity> e = g.getValue().entity;
      if (e.isPresent()
          && e.get().country().equals(Optional.of(country))
          && e.get().office().equals(Optional.of(office))) {
        return Optional.of(g.getKey());
      }
    }
    return Optional.empty();
  }

  void addTo(String groupKey, int start, int end) {
    groups.get(groupKey).mentions.putIfAbsent(start, mention(start, end));
  }

  List<LinkedEntity> entities() {
    List<LinkedEntity> out = new ArrayList<>();
    for (Group g : groups.values()) {
      out.add(
          new LinkedEntity(
              g.id, g.name, g.type, g.country, g.role, new ArrayList<>(g.mentions.values())));
    }
    out.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
    return out;
  }

  private boolean endsWithSurname(Group g, String surnameKey) {
    for (EntityMention m : g.mentions.values()) {
      String key = AliasKeys.of(m.text());
      if (key.endsWith(" " + surnameKey)) {
        return true;
      }
    }
    String nameKey = AliasKeys.of(g.name);
    return nameKey.endsWith(" " + surnameKey);
  }

  private Group group(
      String key, Optional<KbEntity> e, String name, EntityType type, Optional<String> country) {
    return groups.computeIfAbsent(key, k -> new Group(e, name, type, country));
  }

  private EntityMention mention(int start, int end) {
    return new EntityMention(start, end, text.substring(start, end));
  }
}
