package org.rassegna.nlp.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.NerMention;
import org.rassegna.nlp.Span;
import org.rassegna.nlp.kb.AliasKeys;
import org.rassegna.nlp.kb.AliasKind;
import org.rassegna.nlp.kb.EntityKind;
import org.rassegna.nlp.kb.KbAlias;
import org.rassegna.nlp.kb.KbEntity;
import org.rassegna.nlp.kb.KnowledgeBase;

/**
 * Turns an article's tokens and tagger mentions into entities linked to the knowledge base, one per
 * actor with all its mentions. Step by step:
 *
 * <ol>
 *   <li>the {@link KbMatcher} finds known aliases (countries, demonyms, seats, capitals, leaders,
 *       organisations);
 *   <li>a tagger mention overlapping a known name yields to it, but beats a demonym inside a longer
 *       name ("Partito Comunista Cinese");
 *   <li>a surname alone links only when its full name is in the article; a capital after a locative
 *       preposition ("a Mosca") is a place, otherwise the government;
 *   <li>tagger mentions are linked by exact alias (accent- and case-insensitive) of a compatible
 *       type, else a one-word person name by surname to a person of the article, else kept unlinked
 *       with the tagger's type;
 *   <li>an office noun next to a demonym ("il presidente russo", "Russian President") joins the
 *       article's holder of that office in that country.
 * </ol>
 *
 * Thread-safe; every call works on its own state.
 */
public final class EntityLinker {
  private final KnowledgeBase kb;
  private final KbMatcher matcher;

  public EntityLinker(KnowledgeBase kb) {
    this.kb = kb;
    this.matcher = new KbMatcher(kb);
  }

  public List<LinkedEntity> link(
      String text, List<Span> tokens, List<NerMention> ner, Optional<String> language) {
    List<KbHit> hits = new ArrayList<>(matcher.find(text, tokens, language));
    List<NerMention> kept = resolveOverlaps(hits, ner);
    EntityGroups groups = new EntityGroups(kb, text);
    Set<Integer> named = new HashSet<>();
    for (KbHit h : hits) {
      if (h.kind() != AliasKind.SURNAME && h.kind() != AliasKind.CAPITAL) {
        named.add(h.entity());
      }
    }
    for (KbHit h : hits) {
      addHit(groups, h, named, text, tokens, language);
    }
    for (NerMention m : kept) {
      linkMention(groups, m);
    }
    for (KbHit h : hits) {
      if (h.kind() == AliasKind.DEMONYM) {
        joinOffice(groups, h, text, tokens);
      }
    }
    return groups.entities();
  }

  /**
   * Drops tagger mentions that clash with a known name and hits that a mention overrides. {@code
   * hits} come from {@link KbMatcher} in text order without overlaps, so the hits a mention touches
   * are found by binary search, which keeps a long text linear.
   */
  private static List<NerMention> resolveOverlaps(List<KbHit> hits, List<NerMention> ner) {
    List<NerMention> kept = new ArrayList<>();
    boolean[] overridden = new boolean[hits.size()];
    for (NerMention m : ner) {
      int first = firstEndingAfter(hits, m.start());
      int end = first;
      boolean demonymsOnly = true;
      while (end < hits.size() && hits.get(end).start() < m.end()) {
        demonymsOnly &= hits.get(end).kind() == AliasKind.DEMONYM;
        end++;
      }
      if (demonymsOnly) {
        Arrays.fill(overridden, first, end, true);
        kept.add(m);
      }
    }
    int k = 0;
    for (int i = 0; i < overridden.length; i++) {
      if (!overridden[i]) {
        hits.set(k++, hits.get(i));
      }
    }
    hits.subList(k, hits.size()).clear();
    return kept;
  }

  /** Index of the first of {@code hits} (in text order) that ends after {@code offset}. */
  private static int firstEndingAfter(List<KbHit> hits, int offset) {
    int lo = 0;
    int hi = hits.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (hits.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void addHit(
      EntityGroups groups,
      KbHit h,
      Set<Integer> named,
      String text,
      List<Span> tokens,
      Optional<String> language) {
    if (h.kind() == AliasKind.SURNAME && !named.contains(h.entity())) {
      return;
    }
    if (h.kind() == AliasKind.CAPITAL && afterLocative(text, tokens, h, language)) {
      groups.addPlace(h.entity(), h.start(), h.end());
      return;
    }
    groups.addLinked(h.entity(), h.start(), h.end());
  }

  private static boolean afterLocative(
      String text, List<Span> tokens, KbHit h, Optional<String> language) {
    if (h.firstToken() == 0) {
      return false;
    }
    Span prev = tokens.get(h.firstToken() - 1);
    String key = AliasKeys.token(text.substring(prev.start(), prev.end()));
    return RoleWords.LOCATIVES.getOrDefault(language.orElse("en"), Set.of()).contains(key);
  }

  private void linkMention(EntityGroups groups, NerMention m) {
    String key = AliasKeys.of(m.text());
    for (KbAlias a : kb.lookup(key)) {
      KbEntity e = kb.entity(a.entity());
      boolean surnameOk = a.kind() != AliasKind.SURNAME || groups.hasEntity(a.entity());
      if (a.kind() != AliasKind.DEMONYM && surnameOk && compatible(m.type(), e.kind())) {
        groups.addLinked(a.entity(), m.start(), m.end());
        return;
      }
    }
    if (m.type() == EntityType.PERSON && !key.contains(" ")) {
      Optional<String> person = groups.personBySurname(key);
      if (person.isPresent()) {
        groups.addTo(person.get(), m.start(), m.end());
        return;
      }
    }
    groups.addUnlinked(m.type(), m.start(), m.end());
  }

  private static boolean compatible(EntityType type, EntityKind kind) {
    return switch (type) {
      case PERSON -> kind == EntityKind.PERSON;
      case LOCATION -> kind == EntityKind.COUNTRY;
      case ORGANIZATION -> kind == EntityKind.ORGANIZATION || kind == EntityKind.GOVERNMENT;
      case MISC -> false;
    };
  }

  /** "presidente russo" / "Russian President": the office phrase just before or after. */
  private void joinOffice(EntityGroups groups, KbHit demonym, String text, List<Span> tokens) {
    Optional<String> country = kb.entity(demonym.entity()).country();
    if (country.isEmpty()) {
      return;
    }
    for (int n = RoleWords.MAX_OFFICE_TOKENS; n >= 1; n--) {
      int before = demonym.firstToken() - n;
      int after = demonym.lastToken() + 1;
      if (before >= 0 && tryOffice(groups, country.get(), text, tokens, before, n, demonym)) {
        return;
      }
      if (after + n <= tokens.size()
          && tryOffice(groups, country.get(), text, tokens, after, n, demonym)) {
        return;
      }
    }
  }

  private static boolean tryOffice(
      EntityGroups groups,
      String country,
      String text,
      List<Span> tokens,
      int from,
      int n,
      KbHit demonym) {
    StringBuilder key = new StringBuilder();
    for (int t = from; t < from + n; t++) {
      key.append(key.length() > 0 ? " " : "")
          .append(AliasKeys.token(text.substring(tokens.get(t).start(), tokens.get(t).end())));
    }
    String office = RoleWords.OFFICES.get(key.toString());
    if (office == null) {
      return false;
    }
    Optional<String> holder = groups.officeHolder(country, office);
    if (holder.isEmpty()) {
      return false;
    }
    int start = Math.min(tokens.get(from).start(), demonym.start());
    int end = Math.max(tokens.get(from + n - 1).end(), demonym.end());
    groups.addTo(holder.get(), start, end);
    return true;
  }
}
