package org.rassegna.nlp.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;
import org.rassegna.nlp.kb.AliasKeys;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.quote.Quote;

/**
 * The event stage: sentences, tokens and linked entities of an article in, PLOVER events out. Each
 * sentence is matched against the language's trigger lexicon; each trigger with at least one actor
 * among the sentence's entities that is linked or has a country becomes an event with its date,
 * negation and hypothesis.
 *
 * <p>Never throws on odd input: an empty body, a language without a lexicon or a sentence without
 * entities give no events; every per-trigger step looks at a bounded window of words, so a megabyte
 * sentence costs time linear in its length. Thread-safe.
 */
public final class EventCoder {
  private final ActorCountries countries;

  /** A coder whose actors without a country get one from the words of their mention. */
  public EventCoder(KnowledgeBase kb) {
    this.countries = new ActorCountries(kb);
  }

  /** Date words count only this close to the trigger. */
  private static final int DATE_WINDOW = 40;

  /** Punctuation that ends a clause for the actor assigner. */
  private static final String CLAUSE_MARKS = ",;:()[]\"«»“”—–";

  /**
   * One sentence's words as the stages see them.
   *
   * @param clauses clause number of each token: it grows at each clause mark between two tokens
   */
  private record Words(List<Span> tokens, List<String> keys, int[] clauses) {}

  /** Events of one article, in text order; empty when the language has no lexicon. */
  public List<PoliticalEvent> code(
      String text,
      String language,
      List<Span> sentences,
      List<Span> tokens,
      List<LinkedEntity> entities,
      Optional<LocalDate> published) {
    return code(text, language, sentences, tokens, entities, List.of(), published);
  }

  /**
   * As above, with the article's attributed quotes: an event told inside a quote whose words name
   * no source takes the quote's speaker as its source.
   */
  public List<PoliticalEvent> code(
      String text,
      String language,
      List<Span> sentences,
      List<Span> tokens,
      List<LinkedEntity> entities,
      List<Quote> quotes,
      Optional<LocalDate> published) {
    Set<Integer> nominal = new HashSet<>();
    List<PoliticalEvent> events =
        events(text, language, sentences, tokens, entities, published, nominal);
    return QuoteSources.apply(events, quotes, entities, e -> nominal.contains(e.trigger().start()));
  }

  /** The events; the trigger starts of those with a nominal trigger go into {@code nominal}. */
  private List<PoliticalEvent> events(
      String text,
      String language,
      List<Span> sentences,
      List<Span> tokens,
      List<LinkedEntity> entities,
      Optional<LocalDate> published,
      Set<Integer> nominal) {
    Optional<TriggerLexicon> lexicon = TriggerLexicon.shipped(language);
    if (lexicon.isEmpty() || text.isEmpty()) {
      return List.of();
    }
    TriggerMatcher matcher = new TriggerMatcher(lexicon.get());
    Optional<AgentNouns> agents = AgentNouns.shipped(language);
    Optional<String> about = AgentActors.articleCountry(entities);
    List<MentionOf> mentions = mentions(entities);
    List<PoliticalEvent> out = new ArrayList<>();
    if (SportsContext.cues(language, text, words(text, tokens).keys())
        >= SportsContext.ARTICLE_CUES) {
      return out;
    }
    int t = 0;
    int m = 0;
    Optional<String> lastCountry = Optional.empty();
    for (Span s : sentences) {
      int t0 = t;
      while (t < tokens.size() && tokens.get(t).start() < s.end()) {
        t++;
      }
      while (m < mentions.size() && mentions.get(m).mention().start() < s.start()) {
        m++;
      }
      Words w = words(text, tokens.subList(firstInside(tokens, t0, s), t));
      List<ActorMention> actors = actors(mentions, m, s, w, countries, about);
      if (agents.isPresent()) {
        actors.addAll(
            AgentActors.find(
                text, w.tokens(), w.keys(), w.clauses(), actors, agents.get(), countries, about));
      }
      actors.addAll(CountryAnaphora.find(text, w.tokens(), w.keys(), actors, lastCountry));
      actors.sort(Comparator.comparingInt(ActorMention::first));
      Optional<String> named = CountryAnaphora.lastCountryBefore(actors, w.keys().size());
      lastCountry = named.isPresent() ? named : lastCountry;
      String sentence = text.substring(s.start(), s.end());
      if (SportsContext.cues(language, sentence, w.keys()) > 0) {
        continue;
      }
      List<TriggerHit> hits = new ArrayList<>(matcher.find(w.keys()));
      hits.removeIf(h -> capitalisedVerb(text, w.tokens(), h));
      List<PoliticalEvent> found = sentenceEvents(language, s, w, actors, hits, published);
      for (PoliticalEvent e : found) {
        boolean noun =
            hits.stream()
                .anyMatch(
                    h -> h.nominal() && w.tokens().get(h.first()).start() == e.trigger().start());
        if (noun) {
          nominal.add(e.trigger().start());
        }
      }
      out.addAll(found);
    }
    return out;
  }

  /**
   * The events of one sentence. Verbal triggers come first; nominal ones count only when no verbal
   * trigger gave an event, since a noun inside a clause with its own event verb usually names a
   * background event ("in the wake of the police killing of ...") rather than the news.
   */
  private static List<PoliticalEvent> sentenceEvents(
      String lang,
      Span s,
      Words w,
      List<ActorMention> actors,
      List<TriggerHit> hits,
      Optional<LocalDate> published) {
    List<PoliticalEvent> events = new ArrayList<>();
    boolean[] inActor = actorWords(actors, w.keys().size());
    for (boolean nominal : new boolean[] {false, true}) {
      if (nominal && !events.isEmpty()) {
        break;
      }
      for (TriggerHit hit : ranked(lang, w.keys(), hits)) {
        if (hit.nominal() == nominal
            && !insideName(hit, actors)
            && !BackgroundNoun.is(lang, w.keys(), hit, inActor, w.clauses())) {
          event(lang, s, w, actors, hit, hits, published)
              .filter(e -> !ActorPairs.repeats(e, events))
              .ifPresent(events::add);
        }
      }
    }
    events.sort(Comparator.comparingInt((PoliticalEvent e) -> e.trigger().start()));
    return events;
  }

  /**
   * A verbal trigger written with a capital inside a sentence is a name ("the UK Met Office",
   * "Strike Force"), not the verb; after a quote or colon a capital may start a quoted sentence.
   */
  private static boolean capitalisedVerb(String text, List<Span> tokens, TriggerHit hit) {
    if (hit.nominal() || hit.first() == 0) {
      return false;
    }
    int start = tokens.get(hit.first()).start();
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    int i = start - 1;
    while (i > 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return ".:!?\"«“'‘(".indexOf(text.charAt(i)) < 0;
  }

  private static boolean[] actorWords(List<ActorMention> actors, int size) {
    boolean[] in = new boolean[size];
    for (ActorMention a : actors) {
      for (int i = Math.max(0, a.first()); i <= a.last() && i < size; i++) {
        in[i] = true;
      }
    }
    return in;
  }

  /** A trigger word inside a name ("the Met Office", "Strike Force") is part of the name. */
  private static boolean insideName(TriggerHit hit, List<ActorMention> actors) {
    for (ActorMention a : actors) {
      if (a.first() <= hit.first() && hit.last() <= a.last() && a.first() < a.last()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The type stage alone, for scoring the classification: the types of one sentence's triggers in
   * text order, with intent words read ("will support" is AGREE).
   */
  public static List<TypedTrigger> triggers(String sentence, List<Span> tokens, String language) {
    List<TypedTrigger> out = new ArrayList<>();
    for (TriggerCandidate c : candidates(sentence, tokens, language)) {
      out.add(new TypedTrigger(c.hit(), c.lexiconType()));
    }
    return out;
  }

  /**
   * The lexicon stage with the trigger ranker's features, for training and scoring the ranker: one
   * sentence's triggers in text order with their types (intent words read).
   */
  public static List<TriggerCandidate> candidates(
      String sentence, List<Span> tokens, String language) {
    Optional<TriggerLexicon> lexicon = TriggerLexicon.shipped(language);
    if (lexicon.isEmpty()) {
      return List.of();
    }
    List<String> keys = words(sentence, tokens).keys();
    List<TriggerCandidate> out = new ArrayList<>();
    for (TriggerHit h : new TriggerMatcher(lexicon.get()).find(keys)) {
      boolean negated = Modality.negated(language, keys, h.first(), h.last());
      out.add(candidate(language, keys, h, negated));
    }
    return out;
  }

  private static TriggerCandidate candidate(
      String language, List<String> keys, TriggerHit h, boolean negated) {
    PloverType type = IntentRule.type(language, keys, h, negated);
    return new TriggerCandidate(h, type, RankFeatures.of(language, keys, h, type));
  }

  /**
   * The hits best-ranked first when a trigger ranker is shipped, else in text order: of two events
   * one sentence gives between the same actors, the first kept wins.
   */
  private static List<TriggerHit> ranked(String lang, List<String> keys, List<TriggerHit> hits) {
    Optional<TriggerRanker> ranker = TriggerRanker.shipped();
    if (ranker.isEmpty() || hits.size() < 2) {
      return hits;
    }
    List<TriggerCandidate> candidates = new ArrayList<>();
    for (TriggerHit h : hits) {
      candidates.add(candidate(lang, keys, h, Modality.negated(lang, keys, h.first(), h.last())));
    }
    List<TriggerHit> out = new ArrayList<>();
    for (int i : ranker.get().order(candidates)) {
      out.add(hits.get(i));
    }
    return out;
  }

  private static Optional<PoliticalEvent> event(
      String lang,
      Span s,
      Words w,
      List<ActorMention> actors,
      TriggerHit hit,
      List<TriggerHit> hits,
      Optional<LocalDate> published) {
    ActorAssigner.Roles roles = ActorAssigner.assign(actors, hit, w.keys(), w.clauses());
    boolean codable =
        roles.source().filter(ActorMention::codable).isPresent()
            || roles.target().filter(ActorMention::codable).isPresent();
    if (!codable) {
      return Optional.empty();
    }
    List<String> keys = w.keys();
    int from = Math.max(0, hit.first() - DATE_WINDOW);
    int to = Math.min(keys.size(), hit.last() + DATE_WINDOW + 1);
    List<int[]> others = new ArrayList<>();
    for (TriggerHit o : hits) {
      // Only a trigger within a window's reach of the date words can be nearer to one of them.
      boolean reaches = o.last() >= from - DATE_WINDOW && o.first() < to + DATE_WINDOW;
      if (reaches && !o.equals(hit)) {
        others.add(new int[] {o.first() - from, o.last() - from});
      }
    }
    Optional<LocalDate> date =
        EventDates.resolve(
            keys.subList(from, to), hit.first() - from, hit.last() - from, others, published);
    boolean negated = Modality.negated(lang, keys, hit.first(), hit.last());
    PloverType type = IntentRule.type(lang, keys, hit, negated);
    // A refused promise is the event itself (REJECT), not the denial of one.
    negated = negated && type != PloverType.REJECT;
    boolean hypothetical = Modality.hypothetical(lang, keys, hit.first(), hit.last());
    Span trigger = new Span(w.tokens().get(hit.first()).start(), w.tokens().get(hit.last()).end());
    double confidence = confidence(hit, roles, hypothetical);
    Optional<EventActor> source = roles.source().map(a -> actor(a, keys));
    return Optional.of(
        new PoliticalEvent(
            type,
            hit.entry().mode(),
            source,
            ActorPairs.distinctTarget(
                source,
                ActorPairs.notApposed(roles.source(), roles.target()).map(a -> actor(a, keys))),
            date,
            negated,
            hypothetical,
            s.start(),
            s.end(),
            trigger,
            confidence));
  }

  /**
   * A rough trust score: verbal and multi-word triggers are surer than single nouns, and each actor
   * found adds to it, an actor whose country is only the article's guess takes some away. Not
   * calibrated; it ranks events of one article.
   */
  private static double confidence(TriggerHit hit, ActorAssigner.Roles roles, boolean hypo) {
    double c = hit.nominal() ? 0.4 : 0.5;
    c += hit.entry().tokens().size() > 1 ? 0.1 : 0;
    c += roles.source().isPresent() ? 0.15 : 0;
    c += roles.target().isPresent() ? 0.15 : 0;
    c -= hypo ? 0.1 : 0;
    boolean guessed =
        roles.source().filter(ActorMention::guessedCountry).isPresent()
            || roles.target().filter(ActorMention::guessedCountry).isPresent();
    c -= guessed ? 0.1 : 0;
    return Math.round(Math.min(0.95, c) * 100) / 100.0;
  }

  private static EventActor actor(ActorMention a, List<String> keys) {
    LinkedEntity e = a.entity();
    return new EventActor(
        e.id(),
        e.name(),
        a.country(),
        Sectors.of(e, keys, a.first(), a.last()),
        a.mention().start(),
        a.mention().end());
  }

  private record MentionOf(LinkedEntity entity, EntityMention mention) {}

  private static List<MentionOf> mentions(List<LinkedEntity> entities) {
    List<MentionOf> all = new ArrayList<>();
    for (LinkedEntity e : entities) {
      for (EntityMention m : e.mentions()) {
        all.add(new MentionOf(e, m));
      }
    }
    all.sort(Comparator.comparingInt((MentionOf x) -> x.mention().start()));
    return all;
  }

  private static int firstInside(List<Span> tokens, int from, Span s) {
    int i = from;
    while (i < tokens.size() && tokens.get(i).start() < s.start()) {
      i++;
    }
    return i;
  }

  /**
   * Mentions inside sentence {@code s} from index {@code m} on, with their token ranges. An
   * unlinked person or body whose words name no country is guessed to be of the article's country
   * {@code about} (most news actors are domestic); a country named next to it later overrides the
   * guess.
   */
  private static List<ActorMention> actors(
      List<MentionOf> mentions,
      int m,
      Span s,
      Words w,
      ActorCountries countries,
      Optional<String> about) {
    List<Span> tokens = w.tokens();
    List<String> keys = w.keys();
    List<ActorMention> out = new ArrayList<>();
    int t = 0;
    for (int i = m; i < mentions.size() && mentions.get(i).mention().start() < s.end(); i++) {
      EntityMention em = mentions.get(i).mention();
      while (t < tokens.size() && tokens.get(t).end() <= em.start()) {
        t++;
      }
      int last = t;
      while (last + 1 < tokens.size() && tokens.get(last + 1).start() < em.end()) {
        last++;
      }
      LinkedEntity entity = mentions.get(i).entity();
      // An unlinked place ("Caribe", "the Donbas") is where things happen, hardly an actor.
      boolean place = entity.type() == EntityType.LOCATION && !entity.linked();
      if (t < tokens.size() && em.end() <= s.end() && !place) {
        boolean speaker =
            (t > 0 && SpeechVerbs.isSpeechVerb(keys.get(t - 1)))
                || SpeechVerbs.followedBySpeech(keys, last);
        List<String> words = keys.subList(t, last + 1);
        Optional<String> country = entity.country().or(() -> countries.of(words));
        boolean guess = country.isEmpty() && !entity.linked() && entity.type() != EntityType.MISC;
        out.add(
            new ActorMention(
                entity, em, t, last, speaker, guess ? about : country, guess && about.isPresent()));
      }
    }
    return out;
  }

  private static Words words(String text, List<Span> tokens) {
    List<String> keys = new ArrayList<>(tokens.size());
    int[] clauses = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Span tk = tokens.get(i);
      keys.add(AliasKeys.token(text.substring(tk.start(), tk.end())));
      boolean mark = i > 0 && hasClauseMark(text, tokens.get(i - 1).end(), tk.start());
      clauses[i] = i == 0 ? 0 : clauses[i - 1] + (mark ? 1 : 0);
    }
    return new Words(tokens, keys, clauses);
  }

  private static boolean hasClauseMark(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
