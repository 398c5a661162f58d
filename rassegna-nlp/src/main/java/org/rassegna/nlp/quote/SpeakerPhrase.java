package org.rassegna.nlp.quote;

import java.util.List;
import java.util.Optional;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;

/**
 * The words naming a speaker next to a cue: the subject before a verb ("Il ministero degli Esteri
 * russo aveva affermato") or the name after it ("ha detto Peskov ai giornalisti"), read as token
 * ranges that stop at punctuation, at prepositions that start an adjunct and at a few words'
 * distance.
 */
final class SpeakerPhrase {
  /** What the phrase turned out to be. */
  enum Kind {
    ENTITY,
    PRONOUN,
    DESCRIPTION,
    NONE
  }

  /** A phrase with, for {@link Kind#ENTITY}, its chosen mention. */
  record Found(Kind kind, Span span, Optional<QuoteText.Mention> mention) {}

  private static final int MAX_TOKENS = 12;
  private static final int LOOK_AHEAD = 5;

  /** Longest adverbial between a verb and its subject: "al programma Ping Pong di Radio 1". */
  private static final int MAX_ADVERBIAL = 8;

  /** Longest description without a speaker noun: "le vittime", "un ténor de la droite". */
  private static final int MAX_PLAIN_DESCRIPTION = 5;

  private SpeakerPhrase() {}

  /** The phrase ending right before token {@code v}, within {@code window}. */
  static Found before(QuoteText t, int v, Span window) {
    int e = v;
    while (e > 0 && t.start(e - 1) >= window.start() && skippable(t, e - 1)) {
      if (QuoteText.breaks(t.gapAfter(e - 1, window.end()))) {
        break;
      }
      e--;
    }
    int s = e;
    boolean crossed = false;
    while (s > 0 && t.start(s - 1) >= window.start() && e - s < MAX_TOKENS) {
      String gap = t.gapAfter(s - 1, window.end());
      if (fullStop(gap)) {
        // "… aveva fatto sapere. i funzionari hanno detto": a sentence the splitter missed.
        break;
      }
      if (QuoteText.breaks(gap)) {
        // "Yuti Karaev, ha prometido": a subject may end with the comma of its apposition.
        if (s != e || crossed || !gap.strip().equals(",")) {
          break;
        }
        crossed = true;
      }
      s--;
    }
    int b = s;
    while (b < e - 1 && t.lexicon.auxiliary(t.key(b))) {
      b++;
    }
    if (e > b && t.lexicon.but(t.key(b))) {
      // "…, although they cautioned": the subordinator opens the clause, the subject follows;
      // "…, anche se ammette che": with none, the subject is the sentence's.
      if (e - b == 1) {
        return new Found(Kind.NONE, new Span(0, 0), Optional.empty());
      }
      s = b + 1;
    }
    if (e > s && t.lexicon.conjunction(t.key(e - 1))) {
      // "X ha affermato di … e assicura che …": the verb right after "and" shares the subject.
      return sentenceSubject(t, e - 1, window);
    }
    if (s < e && t.lexicon.relative(t.key(s))) {
      return antecedent(t, s, window);
    }
    s = afterAdjunct(t, s, e);
    if (s < e && t.lexicon.stop(t.key(s)) && t.mentionsIn(t.start(s), t.end(e - 1)).isEmpty()) {
      // "Pour moi, poursuit-il, …": a prepositional phrase with no name is an adjunct, and the
      // subject is to be looked for after the verb.
      return new Found(Kind.NONE, new Span(0, 0), Optional.empty());
    }
    Found f = read(t, s, e);
    if (f.kind() == Kind.NONE && ReportedSpeechFinder.agentAfter(t, s)) {
      // "Il ministero della Salute di Gaza, gestito da Hamas, ha riferito": a participle and its
      // agent set off by commas describe the subject before them.
      Optional<Found> described = beforeComma(t, s, window);
      if (described.isPresent()) {
        return described.get();
      }
    }
    if (f.kind() != Kind.ENTITY || f.mention().get().entity().type() != EntityType.PERSON) {
      Optional<Found> apposed = apposition(t, s, window);
      // "Francisco Navarro, glaciólogo de la Universidad Politécnica de Madrid, explica"
      if (apposed.isPresent() && f.kind() != Kind.PRONOUN) {
        return apposed.get();
      }
    }
    return f;
  }

  /**
   * "L'homme s'est montré agressif, et a déclaré …": a verb after a conjunction shares the subject
   * that opens the clause, read up to its first auxiliary or verb.
   */
  private static Found sentenceSubject(QuoteText t, int conjunction, Span window) {
    int s = t.firstTokenFrom(window.start());
    int e = s;
    while (e < conjunction
        && e - s < MAX_PLAIN_DESCRIPTION + 2
        && !t.lexicon.auxiliary(t.key(e))
        && !Cues.isVerb(t, e)
        && (e == s || !QuoteText.breaks(t.gapBefore(e, window.start())))) {
      e++;
    }
    Found f = read(t, s, e);
    return f.kind() == Kind.NONE ? new Found(Kind.NONE, new Span(0, 0), Optional.empty()) : f;
  }

  /**
   * "Carlos Schaefer, el investigador …, que reportó el récord explica": the subject of a verb
   * after a relative clause is the person that clause hangs on, the last one named before it.
   */
  private static Found antecedent(QuoteText t, int relative, Span window) {
    List<QuoteText.Mention> before = t.mentionsIn(window.start(), t.start(relative));
    for (int i = before.size() - 1; i >= 0; i--) {
      QuoteText.Mention m = before.get(i);
      if (m.entity().type() == EntityType.PERSON) {
        return new Found(Kind.ENTITY, new Span(m.start(), m.end()), Optional.of(m));
      }
    }
    return new Found(Kind.NONE, new Span(t.start(relative), t.start(relative)), Optional.empty());
  }

  /** The phrase starting right after token {@code v}, within {@code window}. */
  static Found after(QuoteText t, int v, Span window) {
    int s = v + 1;
    while (s < t.size() && t.end(s) <= window.end() && s - v <= 3 && afterSkippable(t, s)) {
      s++;
    }
    s = afterAdverbial(t, s, window);
    if (s < t.size() && t.lexicon.reading(t.key(v)) && t.lexicon.stop(t.key(s))) {
      s++;
    }
    int e = s;
    while (e < t.size() && t.end(e) <= window.end() && e - s < MAX_TOKENS) {
      boolean ends =
          t.lexicon.stop(t.key(e)) && !nameParticle(t, e)
              || e > s && QuoteText.breaks(t.gapBefore(e, window.start()));
      if (ends) {
        break;
      }
      e++;
    }
    Found f = read(t, s, e);
    if (f.kind() == Kind.PRONOUN || f.span().length() == 0) {
      return personSoonAfter(t, v, window).orElse(f);
    }
    if (f.kind() == Kind.DESCRIPTION) {
      return namedAfterComma(t, e, window).orElse(f);
    }
    return f;
  }

  /** "il ministro russo degli Esteri, Sergei Lavrov": the person a description is set beside. */
  private static Optional<Found> namedAfterComma(QuoteText t, int e, Span window) {
    if (e >= t.size() || !t.gapBefore(e, window.start()).strip().equals(",")) {
      return Optional.empty();
    }
    for (QuoteText.Mention m : t.mentionsIn(t.start(e), window.end())) {
      if (m.start() == t.start(e) && m.entity().type() == EntityType.PERSON) {
        return Optional.of(new Found(Kind.ENTITY, new Span(m.start(), m.end()), Optional.of(m)));
      }
    }
    return Optional.empty();
  }

  /**
   * "dit en substance le texte", "ha detto ai giornalisti il ministro", "ha detto al programma Ping
   * Pong di Radio 1 il vicepremier": a preposition and a few words before a determiner are an
   * adverbial; the subject starts at the determiner (one not right after another preposition).
   */
  private static int afterAdverbial(QuoteText t, int s, Span window) {
    if (s + 2 >= t.size()
        || !t.lexicon.stop(t.key(s))
        || nameParticle(t, s)
        || t.lexicon.determiner(t.key(s + 1))) {
      return s;
    }
    for (int d = s + 2; d < t.size() && t.end(d) <= window.end() && d <= s + MAX_ADVERBIAL; d++) {
      if (QuoteText.breaks(t.gapBefore(d, window.start()))) {
        return s;
      }
      String before = t.key(d - 1);
      boolean free = !t.lexicon.stop(before) && !t.lexicon.infinitiveMarker(before);
      if (t.lexicon.determiner(t.key(d)) && free) {
        return d;
      }
    }
    return s;
  }

  /** "résume quant à elle Francisca Joly-Gomez": a person a few words after the verb. */
  private static Optional<Found> personSoonAfter(QuoteText t, int v, Span window) {
    int near = v + LOOK_AHEAD < t.size() ? t.start(v + LOOK_AHEAD) : window.end();
    for (QuoteText.Mention m : t.mentionsIn(t.end(v), window.end())) {
      if (m.entity().type() == EntityType.PERSON && m.start() <= near) {
        return Optional.of(new Found(Kind.ENTITY, new Span(m.start(), m.end()), Optional.of(m)));
      }
    }
    return Optional.empty();
  }

  /** Tokens {@code [s, e)} as a speaker: a person or organisation, a pronoun, a description. */
  private static Found read(QuoteText t, int s, int e) {
    if (s >= e) {
      return new Found(Kind.NONE, new Span(0, 0), Optional.empty());
    }
    Span span = new Span(t.start(s), t.end(e - 1));
    List<QuoteText.Mention> mentions = t.mentionsIn(span.start(), span.end());
    for (QuoteText.Mention m : mentions) {
      if (m.entity().type() == EntityType.PERSON && !complement(t, s, m)) {
        return new Found(Kind.ENTITY, span, Optional.of(m));
      }
    }
    Optional<Span> titled = nameAfterTitle(t, s, e);
    if (titled.isPresent()) {
      return new Found(Kind.DESCRIPTION, titled.get(), Optional.empty());
    }
    int head = s;
    while (head < e - 1 && t.lexicon.determiner(t.key(head))) {
      head++;
    }
    for (QuoteText.Mention m : mentions) {
      boolean atHead = m.start() <= t.start(head);
      boolean whole = m.end() >= span.end() && atHead;
      if (m.entity().type() == EntityType.ORGANIZATION && atHead || whole) {
        return new Found(Kind.ENTITY, span, Optional.of(m));
      }
    }
    Optional<LinkedEntity> bySurname = t.personBySurname(t.key(head));
    if (head == e - 1 && bySurname.isPresent()) {
      QuoteText.Mention m = new QuoteText.Mention(t.start(head), t.end(head), bySurname.get());
      return new Found(Kind.ENTITY, span, Optional.of(m));
    }
    if (e - s == 1 && t.lexicon.pronoun(t.key(s))) {
      return new Found(Kind.PRONOUN, span, Optional.empty());
    }
    int d = descriptionEnd(t, head, e);
    boolean named = named(t, head, d);
    boolean shortDescription = head > s && d > head && d - s <= MAX_PLAIN_DESCRIPTION;
    if (hasSpeakerNoun(t, head, d) || named || shortDescription) {
      return new Found(Kind.DESCRIPTION, new Span(t.start(head), t.end(d - 1)), Optional.empty());
    }
    return new Found(Kind.NONE, span, Optional.empty());
  }

  /**
   * "Taliban spokesman Zabihullah Mujahid", "the company's spokeswoman Jane Doe": capitalised words
   * closing the phrase right after a speaker noun are the speaker's name, even when the entity
   * recogniser missed it.
   */
  private static Optional<Span> nameAfterTitle(QuoteText t, int s, int e) {
    int n = e;
    while (n > s && capitalised(t, n - 1)) {
      n--;
    }
    if (n == e || n == s || !t.lexicon.speakerNoun(t.key(n - 1))) {
      return Optional.empty();
    }
    return Optional.of(new Span(t.start(n), t.end(e - 1)));
  }

  private static boolean capitalised(QuoteText t, int k) {
    String word = t.text.substring(t.start(k), t.end(k));
    return word.length() >= 2
        && Character.isUpperCase(word.charAt(0))
        && !t.lexicon.speakerNoun(t.key(k))
        && !t.lexicon.pronoun(t.key(k));
  }

  /**
   * A description stops before a relative pronoun ("esta pandemia que deja …" names the pandemic;
   * "ce qui ne laisse …" names nobody).
   */
  private static int descriptionEnd(QuoteText t, int head, int e) {
    for (int k = head; k < e; k++) {
      if (t.lexicon.relative(t.key(k))) {
        return k;
      }
    }
    return e;
  }

  /** "il portavoce", "L'unità portavoce dell'IDF": a speaker noun among the phrase's words. */
  private static boolean hasSpeakerNoun(QuoteText t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.lexicon.speakerNoun(t.key(k))) {
        return true;
      }
    }
    return false;
  }

  /** "Luis Torres, presidente del Consejo, señaló": a person just before the comma. */
  private static Optional<Found> apposition(QuoteText t, int s, Span window) {
    if (s == 0
        || t.start(s - 1) < window.start()
        || t.gapAfter(s - 1, window.end()).indexOf(',') < 0) {
      return Optional.empty();
    }
    int prev = s - 1;
    for (QuoteText.Mention m :
        t.mentionsIn(Math.max(window.start(), t.start(prev) - 60), t.end(prev))) {
      if (m.entity().type() == EntityType.PERSON && m.end() == t.end(prev)) {
        return Optional.of(new Found(Kind.ENTITY, new Span(m.start(), m.end()), Optional.of(m)));
      }
    }
    return Optional.empty();
  }

  /** The phrase that ends with a comma right before token {@code s}, back to the previous break. */
  private static Optional<Found> beforeComma(QuoteText t, int s, Span window) {
    if (s == 0
        || t.start(s - 1) < window.start()
        || !t.gapAfter(s - 1, window.end()).contains(",")) {
      return Optional.empty();
    }
    int b = s - 1;
    while (b > 0
        && t.start(b - 1) >= window.start()
        && s - b < MAX_TOKENS
        && !QuoteText.breaks(t.gapAfter(b - 1, window.end()))) {
      b--;
    }
    Found f = read(t, b, s);
    return f.kind() == Kind.NONE ? Optional.empty() : Optional.of(f);
  }

  /**
   * "In una nota il ministero", "In a statement the ministry": a phrase opening with a preposition
   * starts at its last determiner.
   */
  private static int afterAdjunct(QuoteText t, int s, int e) {
    if (s >= e || !t.lexicon.stop(t.key(s))) {
      return s;
    }
    for (int k = e - 1; k > s; k--) {
      if (t.lexicon.determiner(t.key(k))) {
        return k;
      }
    }
    return s;
  }

  /** A person after a preposition of the phrase ("a source close to Macron") is not its head. */
  private static boolean complement(QuoteText t, int s, QuoteText.Mention m) {
    int k = t.tokensBefore(m.start()) - 1;
    // "avvocato di Abu Omar", "lawyer of X": the person the head noun is of.
    return k >= s && (t.lexicon.stop(t.key(k)) || t.lexicon.sourceOf(t.key(k)));
  }

  /**
   * Capitalised words as a name: after a full stop a capital proves nothing, so there every word
   * must be capitalised, of three letters or more (or an honorific: "Mr Hancock") and not the
   * writer's pronoun ("Pam admits", not "Je pense", "Ce lo ripetono").
   */
  private static boolean named(QuoteText t, int head, int e) {
    if (e - head > 4 || e <= head) {
      return false;
    }
    if (t.lexicon.firstPerson(t.key(head))
        || t.lexicon.pronoun(t.key(head))
        || t.lexicon.verb(t.key(head))) {
      return false;
    }
    if (!sentenceInitial(t, head)) {
      return Character.isUpperCase(t.text.charAt(t.start(head)));
    }
    for (int k = head; k < e; k++) {
      boolean word =
          Character.isUpperCase(t.text.charAt(t.start(k)))
              && (t.end(k) - t.start(k) >= 3 || t.lexicon.honorific(t.key(k)));
      if (!word || t.lexicon.firstPerson(t.key(k)) || t.lexicon.pronoun(t.key(k))) {
        return false;
      }
    }
    return true;
  }

  /** A full stop followed by a space: the end of a sentence, whatever case follows. */
  private static boolean fullStop(String gap) {
    int dot = gap.indexOf('.');
    return dot >= 0 && dot + 1 < gap.length() && Character.isWhitespace(gap.charAt(dot + 1));
  }

  /**
   * A preposition written with a capital inside a sentence opens a name ("Lo riporta Al Jazeera",
   * "dijo De la Fuente"), it does not end one.
   */
  private static boolean nameParticle(QuoteText t, int k) {
    return Character.isUpperCase(t.text.charAt(t.start(k))) && !sentenceInitial(t, k);
  }

  /** A capital after a full stop, a line break or a quote mark says nothing about a name. */
  private static boolean sentenceInitial(QuoteText t, int i) {
    int k = t.start(i) - 1;
    while (k >= 0 && Character.isWhitespace(t.text.charAt(k)) && t.text.charAt(k) != '\n') {
      k--;
    }
    return k < 0 || ".!?\n“«„".indexOf(t.text.charAt(k)) >= 0;
  }

  private static boolean skippable(QuoteText t, int i) {
    return t.lexicon.auxiliary(t.key(i)) || t.lexicon.anaphor(t.key(i));
  }

  /** Words between an inverted verb and its subject: "-t-" of "affirme-t-elle", adverbs. */
  private static boolean afterSkippable(QuoteText t, int i) {
    String k = t.key(i);
    return k.equals("t") || t.lexicon.auxiliary(k) && !t.lexicon.pronoun(k);
  }
}
