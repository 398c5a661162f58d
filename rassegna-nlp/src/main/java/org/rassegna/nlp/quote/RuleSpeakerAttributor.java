package org.rassegna.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;

/**
 * Chooses speakers by rule. For a verb cue, the subject before the verb, else the name after it;
 * for "according to", the name after the phrase; for a colon, the last person or organisation of
 * the clause before. A name that is a mention of an entity gives that entity (a person preferred
 * over an organisation in the same phrase: "il portavoce del Cremlino Dmitry Peskov").
 *
 * <p>Coreference, in order: a pronoun or an unexpressed subject ("ha aggiunto") is the previous
 * quote's speaker when that quote is near, else the first person of the latest sentence naming one;
 * a description ("the spokesperson", "il portavoce") is the person introduced earlier with the same
 * noun before their name, else the description itself; a quote with no cue right after an
 * attributed one continues it when it opens a new sentence ("…" Lee said. "…").
 */
public final class RuleSpeakerAttributor implements SpeakerAttributor {
  private static final int PREVIOUS_QUOTE_REACH = 600;
  private static final int PERSON_REACH = 400;
  private static final int CONTINUATION_REACH = 200;
  private static final int ROLE_CONTEXT = 40;
  private static final int ROLE_REACH = 3000;

  @Override
  public List<Optional<Speaker>> attribute(QuoteInput input, List<QuoteCandidate> candidates) {
    QuoteText t = QuoteText.of(input);
    List<Optional<Speaker>> out = new ArrayList<>();
    Optional<Speaker> last = Optional.empty();
    int lastEnd = -1;
    for (QuoteCandidate c : candidates) {
      Optional<Speaker> s = speaker(t, c, last, lastEnd);
      out.add(s);
      if (s.isPresent()) {
        last = s;
        lastEnd = c.end();
      }
    }
    return out;
  }

  private static Optional<Speaker> speaker(
      QuoteText t, QuoteCandidate c, Optional<Speaker> last, int lastEnd) {
    switch (c.kind()) {
      case VERB:
        {
          int first = t.firstTokenFrom(c.cue().start());
          int verb = t.tokensBefore(c.cue().end()) - 1;
          if (Cues.gerund(t.key(verb)) || Cues.gerund(t.key(first))) {
            // "He urged Mr. Trump to act, saying “…”", "facendo sapere che": the speaker is the
            // clause's subject.
            return coreferent(t, c, last, lastEnd, c.cue());
          }
          SpeakerPhrase.Found f = SpeakerPhrase.before(t, first, c.window());
          if (f.kind() == SpeakerPhrase.Kind.NONE) {
            // "Ma, ha aggiunto Bar", "Pero añadió el ministro": words before the verb that name
            // nobody leave the subject to the inverted phrase after it.
            SpeakerPhrase.Found inverted = SpeakerPhrase.after(t, verb, c.window());
            if (f.span().length() == 0
                || inverted.kind() != SpeakerPhrase.Kind.NONE
                    && opener(t, f.span(), c.window(), verb)) {
              f = inverted;
            }
          }
          return resolve(t, f, c, last, lastEnd);
        }
      case ACCORDING:
        int saying = verbAfterPhrase(t, c.cue(), c.window());
        if (saying >= 0) {
          return byVerb(t, saying, c, last, lastEnd);
        }
        SpeakerPhrase.Found source =
            SpeakerPhrase.after(t, sourceAfter(t, c.cue(), c.window()), c.window());
        if (source.kind() == SpeakerPhrase.Kind.DESCRIPTION && !actorWords(t, source.span())) {
          // "selon les mesures sanitaires en vigueur" names a rule, not a speaker.
          return Optional.empty();
        }
        return resolve(t, source, c, last, lastEnd);
      case COLON:
      case RELATIVE:
        return lastActor(t, c.window());
      default:
        return continues(t, c, lastEnd) ? last : Optional.empty();
    }
  }

  /**
   * One word opening the clause before a verb, with no name in it ("Ma", "Pero", "Thus"): a
   * connective, not a subject. So is the "as" word of "comme l'explique X", unless a passive's
   * agent follows the verb: "…, come ipotizzato da alcune speculazioni" compares, and reports
   * nobody's words.
   */
  private static boolean opener(QuoteText t, Span phrase, Span window, int verb) {
    int k = t.firstTokenFrom(phrase.start());
    return k == t.firstTokenFrom(window.start())
        && t.tokensBefore(phrase.end()) - k == 1
        && (!t.lexicon.asWord(t.key(k)) || !ReportedSpeechFinder.agentAfter(t, verb))
        && t.mentionsIn(phrase.start(), phrase.end()).isEmpty();
  }

  /**
   * "según comenta en su Twitter", "según ha explicado el ministro": a saying verb right after the
   * phrase (past its auxiliaries); its index, or -1.
   */
  private static int verbAfterPhrase(QuoteText t, Span cue, Span window) {
    int k = t.tokensBefore(cue.end());
    while (k < t.size() && t.end(k) <= window.end() && t.lexicon.auxiliary(t.key(k))) {
      k++;
    }
    return k < t.size() && t.end(k) <= window.end() && Cues.isVerb(t, k) ? k : -1;
  }

  /**
   * The source of "según + verb": the name after the verb ("según explicó el ministro"), else the
   * first person the sentence names, its subject more often than not ("León no cree …, según
   * comenta").
   */
  private static Optional<Speaker> byVerb(
      QuoteText t, int verb, QuoteCandidate c, Optional<Speaker> last, int lastEnd) {
    SpeakerPhrase.Found f = SpeakerPhrase.after(t, verb, c.window());
    if (f.kind() == SpeakerPhrase.Kind.ENTITY || f.kind() == SpeakerPhrase.Kind.DESCRIPTION) {
      return resolve(t, f, c, last, lastEnd);
    }
    Span sentence = t.sentenceAt(c.cue().start());
    for (QuoteText.Mention m : t.mentionsIn(sentence.start(), c.cue().start())) {
      if (person(m)) {
        return Optional.of(of(m.entity(), m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * The token after which an "according to" phrase names its source: the phrase's last word, or the
   * preposition of "according to data from X", "selon les chiffres de X", "secondo i dati di X".
   */
  private static int sourceAfter(QuoteText t, Span cue, Span window) {
    int last = t.tokensBefore(cue.end()) - 1;
    int k = last + 1;
    if (k < t.size() && t.lexicon.determiner(t.key(k))) {
      k++;
    }
    boolean evidence = k + 1 < t.size() && t.end(k + 1) <= window.end();
    if (evidence && t.lexicon.evidence(t.key(k)) && t.lexicon.sourceOf(t.key(k + 1))) {
      return k + 1;
    }
    return last;
  }

  /**
   * A quote with no cue continues the previous speaker's words when it opens a new sentence (or is
   * long enough to be speech rather than a term) close after them, or further on in the same
   * paragraph with no other person named in between, or when only "and" joins the two ("ha
   * dichiarato: «…» e «…»").
   */
  private static boolean continues(QuoteText t, QuoteCandidate c, int lastEnd) {
    if (lastEnd < 0 || lastEnd > c.start()) {
      return false;
    }
    if (c.start() - lastEnd > PREVIOUS_QUOTE_REACH) {
      return false;
    }
    String between = t.text.substring(lastEnd, c.start());
    if (joiner(between)) {
      return true;
    }
    boolean speech = opensSentence(between) || words(t, c) >= QuoteExtractor.MIN_UNATTRIBUTED_WORDS;
    if (!speech || !QuoteText.endsSentence(between)) {
      return false;
    }
    if (between.length() <= CONTINUATION_REACH) {
      return true;
    }
    return between.length() <= PREVIOUS_QUOTE_REACH
        && between.indexOf('\n') < 0
        && t.mentionsIn(lastEnd, c.start()).stream().noneMatch(RuleSpeakerAttributor::person);
  }

  private static int words(QuoteText t, QuoteCandidate c) {
    int n = 0;
    for (Span p : c.parts()) {
      n += t.tokensBefore(p.end()) - t.firstTokenFrom(p.start());
    }
    return n;
  }

  /** A sentence ends in {@code between} and no word follows it before the quote. */
  private static boolean opensSentence(String between) {
    for (int i = between.length() - 1; i >= 0; i--) {
      char c = between.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return true;
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /** Punctuation and at most one short word ("e", "and", "et", "y") between two quotes. */
  private static boolean joiner(String between) {
    String words = between.replaceAll("[\\p{P}\\s]+", " ").strip();
    return !words.isEmpty() && words.indexOf(' ') < 0 && words.length() <= 3;
  }

  private static Optional<Speaker> resolve(
      QuoteText t, SpeakerPhrase.Found f, QuoteCandidate c, Optional<Speaker> last, int lastEnd) {
    switch (f.kind()) {
      case ENTITY:
        QuoteText.Mention m = f.mention().get();
        return Optional.of(of(m.entity(), m.start(), m.end()));
      case DESCRIPTION:
        Optional<Speaker> earlier = byRole(t, f.span());
        if (earlier.isPresent()) {
          return earlier;
        }
        String name = t.text.substring(f.span().start(), f.span().end());
        return Optional.of(new Speaker(Optional.empty(), name, f.span().start(), f.span().end()));
      case PRONOUN:
        return coreferent(t, c, last, lastEnd, f.span());
      default:
        if (f.span().length() == 0) {
          return coreferent(t, c, last, lastEnd, c.cue());
        }
        return Optional.empty();
    }
  }

  /**
   * The previous speaker when near and no other person is named in a sentence of its own since
   * their quote ("«…», declaró el mandatario. La marcha la lideró X. «…», proclamó": X); else the
   * first person of the latest sentence naming one. That search reaches back from the quote's
   * start, not from a verb after a long quote ("“…” añadió"), and skips names the quote itself
   * holds: they are whom the speaker talks about.
   */
  private static Optional<Speaker> coreferent(
      QuoteText t, QuoteCandidate c, Optional<Speaker> last, int lastEnd, Span at) {
    Span cue = c.cue();
    boolean near =
        last.isPresent() && lastEnd >= 0 && cue.start() - lastEnd <= PREVIOUS_QUOTE_REACH;
    if (near && !newPersonSince(t, last.get(), lastEnd, cue.start())) {
      Speaker s = last.get();
      return Optional.of(new Speaker(s.entityId(), s.name(), at.start(), at.end()));
    }
    int from = Math.max(0, Math.min(c.start(), cue.start()) - PERSON_REACH);
    List<QuoteText.Mention> before = t.mentionsIn(from, cue.start());
    for (int i = before.size() - 1; i >= 0; i--) {
      boolean quoted = c.direct() && c.overlaps(before.get(i).start(), before.get(i).end());
      if (person(before.get(i)) && !quoted) {
        QuoteText.Mention subject = firstPersonOfSentence(t, before, i);
        return Optional.of(of(subject.entity(), at.start(), at.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * A person other than the last speaker named in a sentence that starts after the last quote ends:
   * the text has moved on to them. A name in the last quote's own sentence ("…", said X, referring
   * to Y) does not count, nor does one in a sentence that only attributes ("Lo riporta Ria
   * Novosti": the agency relays, the text has not moved on), nor does one when the cue's sentence
   * opens with a subject pronoun ("He urged Mr. Trump to act, saying …"): the pronoun keeps the
   * last speaker.
   */
  private static boolean newPersonSince(QuoteText t, Speaker last, int lastEnd, int cueStart) {
    int opening = t.firstTokenFrom(t.sentenceAt(cueStart).start());
    if (lastEnd >= cueStart || opening < t.size() && t.lexicon.pronoun(t.key(opening))) {
      return false;
    }
    int from = t.sentenceAt(lastEnd).end();
    for (QuoteText.Mention m : t.mentionsIn(from, cueStart)) {
      boolean sameId = m.entity().id().isPresent() && m.entity().id().equals(last.entityId());
      boolean relay = ReportedSpeechFinder.attribution(t, t.sentenceAt(m.start()));
      if (person(m) && !sameId && !relay && !last.name().equals(m.entity().name())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first person named in the sentence of mention {@code i}: the subject more often than the
   * object ("Steenburgen called Buckley's performance stunning … she said").
   */
  private static QuoteText.Mention firstPersonOfSentence(
      QuoteText t, List<QuoteText.Mention> mentions, int i) {
    Span sentence = t.sentenceAt(mentions.get(i).start());
    QuoteText.Mention first = mentions.get(i);
    if (opensClause(t, first)) {
      return first;
    }
    for (int k = i - 1; k >= 0 && mentions.get(k).start() >= sentence.start(); k--) {
      if (person(mentions.get(k))) {
        first = mentions.get(k);
      }
    }
    return first;
  }

  /**
   * "… are helping the team — and coach Bruce Boudreau couldn't be happier": a person after a dash,
   * a semicolon or a comma and "and" (a title between allowed) is the subject of a clause of their
   * own, the one a following "he said" continues.
   */
  private static boolean opensClause(QuoteText t, QuoteText.Mention m) {
    int k = t.tokensBefore(m.start()) - 1;
    int floor = k - 2;
    while (k >= 0
        && k > floor
        && (t.lexicon.speakerNoun(t.key(k)) || t.lexicon.determiner(t.key(k)))) {
      k--;
    }
    if (k < 1 || !t.lexicon.conjunction(t.key(k))) {
      return false;
    }
    String gap = t.gapBefore(k, 0);
    return gap.indexOf('—') >= 0
        || gap.indexOf('–') >= 0
        || gap.indexOf(';') >= 0
        || gap.indexOf(',') >= 0;
  }

  /** "il portavoce" after "il portavoce del Cremlino Dmitry Peskov": the person so introduced. */
  private static Optional<Speaker> byRole(QuoteText t, Span description) {
    int head = t.firstTokenFrom(description.start());
    if (head >= t.size() || !t.lexicon.speakerNoun(t.key(head))) {
      return Optional.empty();
    }
    String noun = t.key(head);
    List<QuoteText.Mention> before =
        t.mentionsIn(Math.max(0, description.start() - ROLE_REACH), description.start());
    for (int i = before.size() - 1; i >= 0; i--) {
      QuoteText.Mention m = before.get(i);
      String context = t.text.substring(Math.max(0, m.start() - ROLE_CONTEXT), m.start());
      if (person(m) && QuoteLexicon.key(context).contains(noun)) {
        return Optional.of(of(m.entity(), description.start(), description.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * The last person named in the clause before a colon, else its last organisation: "L'ONG X, à
   * travers son représentant M. Y, salue … :" gives Y.
   */
  private static Optional<Speaker> lastActor(QuoteText t, Span window) {
    List<QuoteText.Mention> in = t.mentionsIn(window.start(), window.end());
    for (EntityType wanted : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
      for (int i = in.size() - 1; i >= 0; i--) {
        if (in.get(i).entity().type() == wanted) {
          return Optional.of(of(in.get(i).entity(), in.get(i).start(), in.get(i).end()));
        }
      }
    }
    return subjectNoun(t, window);
  }

  /**
   * "La lettre liste trois conditions : « … »": with no name before the colon, a speaker noun
   * opening the clause (after its determiners) is the speaker, as the description it is.
   */
  private static Optional<Speaker> subjectNoun(QuoteText t, Span window) {
    int k = t.firstTokenFrom(window.start());
    int from = k;
    while (k < t.size() && t.end(k) <= window.end() && t.lexicon.determiner(t.key(k))) {
      k++;
    }
    if (k >= t.size() || t.end(k) > window.end() || !t.lexicon.speakerNoun(t.key(k))) {
      return Optional.empty();
    }
    String name = t.text.substring(t.start(from), t.end(k));
    return Optional.of(new Speaker(Optional.empty(), name, t.start(from), t.end(k)));
  }

  /** A description with a speaker noun ("le jeune journaliste") or headed by a capital. */
  private static boolean actorWords(QuoteText t, Span description) {
    int head = t.firstTokenFrom(description.start());
    if (head < t.size() && Character.isUpperCase(t.text.charAt(t.start(head)))) {
      return true;
    }
    for (int k = head; k < t.size() && t.end(k) <= description.end(); k++) {
      if (t.lexicon.speakerNoun(t.key(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean person(QuoteText.Mention m) {
    return m.entity().type() == EntityType.PERSON;
  }

  private static Speaker of(LinkedEntity e, int start, int end) {
    return new Speaker(e.id(), e.name(), start, end);
  }
}
