package org.rassegna.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rassegna.nlp.Span;

/**
 * Reported speech, sentence by sentence, in four shapes:
 *
 * <ol>
 *   <li>verb then complementiser: "X ha affermato che/di …", "X said (that) …", "X a déclaré que
 *       …"; the content runs to the sentence end or to a comma or colon before an attribution of
 *       its own (", ha aggiunto X", ", selon X"), the speaker is before the verb;
 *   <li>content then verb: "…, ha affermato il portavoce X.", "…, Prakash said."; the speaker is in
 *       the short tail after the comma;
 *   <li>an object pronoun pointing back: "Lo ha detto X." reports the previous sentence, "«…» dire
 *       che …: lo ha detto X" the words before the colon;
 *   <li>an "according to" phrase: "Secondo X, …", "…, according to X.", "…, secondo X, …".
 * </ol>
 *
 * Every verb of a sentence is read, after the content the previous one reported. Work per sentence
 * is bounded by a few tokens around each verb and one scan of each content, so time stays linear.
 */
public final class ReportedSpeechFinder implements QuoteFinder {
  private static final int TO_COMPLEMENTISER = 10;
  private static final int MAX_TAIL_TOKENS = 14;
  private static final int MAX_SUBJECT_TOKENS = 6;
  private static final int MIN_CONTENT_TOKENS = 3;
  private static final int ZERO_THAT_REACH = 5;
  private static final int SHORT_SOURCE_TOKENS = 3;
  private static final int MAX_CLOSING_SOURCE_TOKENS = 12;
  private static final int MAX_BUT_REACH = 40;

  @Override
  public List<QuoteCandidate> find(QuoteInput input) {
    QuoteText t = QuoteText.of(input);
    List<QuoteCandidate> out = new ArrayList<>();
    List<Span> sentences = input.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      Span sentence = sentences.get(s);
      Optional<Span> previous = s > 0 ? Optional.of(sentences.get(s - 1)) : Optional.empty();
      inSentence(t, sentence, previous, out);
    }
    return out;
  }

  private static void inSentence(
      QuoteText t, Span sentence, Optional<Span> previous, List<QuoteCandidate> out) {
    int first = t.firstTokenFrom(sentence.start());
    int end = t.tokensBefore(sentence.end());
    if (first >= end) {
      return;
    }
    Optional<QuoteCandidate> according = according(t, sentence, first, end);
    according.ifPresent(out::add);
    for (int v = first; v < end; v++) {
      if (!Cues.isVerb(t, v)) {
        if (t.lexicon.relay(t.key(v))) {
          anaphoric(t, sentence, previous, first, v).ifPresent(out::add);
        }
        continue;
      }
      Optional<QuoteCandidate> c = AsClause.find(t, sentence, first, v, end);
      if (c.isPresent()) {
        out.add(c.get());
        break;
      }
      c = ParentheticalCue.find(t, sentence, first, v, end);
      if (c.isPresent()) {
        out.add(c.get());
        break;
      }
      c = thingThat(t, sentence, first, v);
      if (c.isPresent()) {
        out.add(c.get());
        continue;
      }
      c = anaphoric(t, sentence, previous, first, v);
      if (c.isPresent()) {
        // "Lo ha riferito l'agenzia, precisando che …": the sentence may report more.
        out.add(c.get());
        continue;
      }
      c = verbThenContent(t, sentence, first, v, end);
      if (c.isPresent()) {
        // The content may stop before the sentence end: a later verb may report more.
        out.add(c.get());
        v = t.tokensBefore(c.get().end()) - 1;
        continue;
      }
      c = contentThenVerb(t, sentence, first, v, end);
      // "«…», ha affermato X, facendo sapere che …": a later verb may report more.
      c.ifPresent(out::add);
    }
  }

  private static Optional<QuoteCandidate> verbThenContent(
      QuoteText t, Span sentence, int first, int v, int end) {
    int cueStart = t.firstTokenFrom(Cues.verbSpan(t, v, sentence.start()).start());
    if (passive(t, v, first)) {
      // "le ministre est accusé de viol par deux femmes": the subject is the one spoken of.
      return Optional.empty();
    }
    if (cueStart > first && quoteMarkIn(t.gapBefore(cueStart, sentence.start()))) {
      // "“…”, añade el investigador, con lo que …": the verb belongs to the quote before it.
      return Optional.empty();
    }
    int limit = Math.min(end, v + 1 + TO_COMPLEMENTISER);
    for (int c = v + 1; c < limit; c++) {
      String gap = t.gapBefore(c, sentence.start());
      if (QuoteText.endsSentence(gap) || gap.indexOf(':') >= 0 || gap.indexOf(';') >= 0) {
        return Optional.empty();
      }
      // "aveva riferito di un palestinese ucciso": the marker before an article opens a noun
      // phrase, not an infinitive.
      boolean marker =
          c == v + 1
              && t.lexicon.infinitiveMarker(t.key(c))
              && t.lexicon.takesInfinitive(t.key(v))
              && !article(t, c + 1, end);
      if (t.lexicon.thing(t.key(c - 1)) && c - 1 > v) {
        // "avvertito l'ospedale …, cosa che …": a relative on the clause, not its content.
        return Optional.empty();
      }
      if (marker || t.lexicon.complementiser(t.key(c))) {
        return content(t, sentence, c + 1, end, first, v);
      }
      if (c == v + 1 && (zeroThat(t, v, end, gap) || t.lexicon.perfectInfinitive(t.key(c)))) {
        // "confesó haber estado …", "reconnaît avoir menti": a bare perfect infinitive after the
        // verb is reported content as "di aver …" is.
        return content(t, sentence, c, end, first, v);
      }
    }
    return Optional.empty();
  }

  /** An article that cannot be an object pronoun ("di un", not "de le faire"). */
  private static boolean article(QuoteText t, int k, int end) {
    return k < end && t.lexicon.determiner(t.key(k)) && !t.lexicon.clitic(t.key(k));
  }

  /** A passive auxiliary right before the verb, not after a reflexive pronoun ("s'est dit"). */
  private static boolean passive(QuoteText t, int v, int first) {
    return v - 1 >= first
        && t.lexicon.passive(t.key(v - 1))
        && (v - 2 < first || !t.lexicon.reflexive(t.key(v - 2)));
  }

  /** "e assicura che", "and said": "and" then a reporting verb that opens content of its own. */
  private static boolean coordinatedVerb(QuoteText t, int k, int end) {
    if (k + 2 >= end || !t.lexicon.conjunction(t.key(k))) {
      return false;
    }
    int w = k + 1;
    while (w < end - 1 && w < k + 3 && t.lexicon.auxiliary(t.key(w))) {
      w++;
    }
    return Cues.isVerb(t, w) && t.lexicon.complementiser(t.key(w + 1));
  }

  /**
   * "said he would", "said the company could": content without "that" starts with a pronoun or has
   * a finite auxiliary within a few words; "added smaller landers" is not speech.
   */
  private static boolean zeroThat(QuoteText t, int v, int end, String gap) {
    if (!t.lexicon.zeroThat(t.key(v)) || QuoteText.breaks(gap) || t.lexicon.stop(t.key(v + 1))) {
      return false;
    }
    if (t.lexicon.pronoun(t.key(v + 1))) {
      return true;
    }
    for (int k = v + 2; k < end && k <= v + ZERO_THAT_REACH; k++) {
      if (t.lexicon.finite(t.key(k)) || pastTense(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** "said farmers faced …": a lower-case "-ed" word is a finite past as often as not. */
  private static boolean pastTense(QuoteText t, int k) {
    String w = t.key(k);
    return w.length() > 4 && w.endsWith("ed") && Character.isLowerCase(t.text.charAt(t.start(k)));
  }

  private static Optional<QuoteCandidate> content(
      QuoteText t, Span sentence, int from, int end, int first, int v) {
    int stop = clauseEnd(t, sentence, from, end);
    if (stop - from < MIN_CONTENT_TOKENS) {
      return Optional.empty();
    }
    Span content = new Span(t.start(from), t.end(stop - 1));
    Span cue = Cues.verbSpan(t, v, sentence.start());
    Span window = new Span(t.start(first), cue.end());
    return Optional.of(new QuoteCandidate(List.of(content), false, CueKind.VERB, cue, window));
  }

  /**
   * Where reported content ends: at the sentence end, or at a comma or colon before an attribution
   * of its own: "…, ha aggiunto X", "…: lo ha detto X", "…, selon X".
   */
  private static int clauseEnd(QuoteText t, Span sentence, int from, int end) {
    for (int k = from + MIN_CONTENT_TOKENS; k < end; k++) {
      if (coordinatedVerb(t, k, end)) {
        // "… e assicura che …": a second verb starts a report of its own.
        return k;
      }
      String gap = t.gapBefore(k, sentence.start());
      if (gap.indexOf(',') < 0 && gap.indexOf(':') < 0 && gap.indexOf(';') < 0) {
        continue;
      }
      if (Cues.according(t, t.start(k), t.end(k)).isPresent()) {
        return k;
      }
      int w = k;
      while (w < end && w < k + 3 && beforeVerb(t, w, k)) {
        w++;
      }
      if (w < end && Cues.isVerb(t, w)) {
        return k;
      }
    }
    return end;
  }

  /**
   * Words between a comma and a verb that starts a report of its own: auxiliaries, the object
   * pronoun, and "although they" ("…, although they cautioned …": a "but" word then a pronoun).
   */
  private static boolean beforeVerb(QuoteText t, int w, int comma) {
    String k = t.key(w);
    boolean contrast =
        w == comma && w + 1 < t.size() && t.lexicon.but(k) && t.lexicon.pronoun(t.key(w + 1));
    return t.lexicon.auxiliary(k)
        || t.lexicon.anaphor(k)
        || contrast
        || w == comma + 1 && t.lexicon.but(t.key(comma)) && t.lexicon.pronoun(k);
  }

  private static boolean quoteMarkIn(String gap) {
    for (int i = 0; i < gap.length(); i++) {
      if ("\"“”«»„‘’".indexOf(gap.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** "…, ha affermato X." / "…, X said.": a comma shortly before the verb, a short tail after. */
  private static Optional<QuoteCandidate> contentThenVerb(
      QuoteText t, Span sentence, int first, int v, int end) {
    if (tailEnd(t, sentence, v, end) - v > MAX_TAIL_TOKENS || Cues.gerund(t.key(v))) {
      // "He urged Mr. Trump to act, saying …" reports what follows, not what precedes.
      return Optional.empty();
    }
    for (int c = v; c > first && c > v - MAX_SUBJECT_TOKENS; c--) {
      String gap = t.gapBefore(c, sentence.start());
      if (gap.indexOf(',') >= 0 || gap.indexOf('—') >= 0 || gap.indexOf('–') >= 0) {
        if (c - first < MIN_CONTENT_TOKENS + 1 || reducedPassive(t, v, c)) {
          return Optional.empty();
        }
        int from = t.lexicon.asWord(t.key(c)) ? lastButClause(t, sentence, first, c) : first;
        from = afterPreamble(t, sentence, from, c);
        Span content = new Span(t.start(from), t.end(c - 1));
        Span window = new Span(t.start(c), sentence.end());
        Span cue = Cues.verbSpan(t, v, t.start(c));
        return Optional.of(new QuoteCandidate(List.of(content), false, CueKind.VERB, cue, window));
      }
      if (QuoteText.breaks(gap)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "…, cité par le Wall Street Journal": a participle right after the comma, followed by the agent
   * of a passive, says who relayed the words, not who said them.
   */
  private static boolean reducedPassive(QuoteText t, int v, int c) {
    return v == c && agentAfter(t, v);
  }

  /** Whether the agent preposition of a passive ("par", "da", "by") follows token {@code v}. */
  static boolean agentAfter(QuoteText t, int v) {
    return v + 1 < t.size() && t.lexicon.agent(t.key(v + 1));
  }

  /**
   * "En plus de rassasier …, «les fibres nourrissent …», précise X": a sentence opening with a
   * preposition has an adverbial before the comma, and the words in marks after it are the quote
   * unless a preposition opens them; the token that opens them, or {@code from}.
   */
  private static int afterPreamble(QuoteText t, Span sentence, int from, int c) {
    if (!t.lexicon.stop(t.key(from))) {
      return from;
    }
    for (int k = from + 1; k < c - MIN_CONTENT_TOKENS && k < from + MAX_BUT_REACH; k++) {
      String gap = t.gapBefore(k, sentence.start());
      if (gap.indexOf(',') >= 0 && quoteMarkIn(gap)) {
        // "…, « avec un risque majeur … », avertit X": marks opening on a preposition go on with
        // the clause before them.
        return t.lexicon.stop(t.key(k)) ? from : k;
      }
    }
    return from;
  }

  /**
   * "Tsahal tente …, mais cela se révèle très complexe, comme l'explique X": an "as" attribution
   * governs the clause it follows, the one a comma and "but" open; the token that starts it.
   */
  private static int lastButClause(QuoteText t, Span sentence, int first, int c) {
    // Bounded, so that a sentence of many "as" asides still costs linear time.
    for (int k = c - MIN_CONTENT_TOKENS - 1; k > first && k > c - MAX_BUT_REACH; k--) {
      if (t.lexicon.but(t.key(k)) && t.gapBefore(k, sentence.start()).indexOf(',') >= 0) {
        return k + 1;
      }
    }
    return first;
  }

  /**
   * Where the attribution after a verb ends: at the sentence end, or at a comma that opens a clause
   * of its own ("…, Paganini and his team wrote in the new paper, which was published …"); past the
   * sentence when a quote mark comes first.
   */
  private static int tailEnd(QuoteText t, Span sentence, int v, int end) {
    for (int k = v + 1; k < end; k++) {
      String gap = t.gapBefore(k, sentence.start());
      if (quoteMarkIn(gap)) {
        // "Dès le 1er décembre, il constate « … »": the verb introduces the quote after it.
        return end + MAX_TAIL_TOKENS;
      }
      if (gap.indexOf(',') >= 0) {
        return k;
      }
    }
    return end;
  }

  /**
   * "Lo ha detto X.": the sentence opens with the object pronoun and the verb soon follows; the
   * previous sentence is reported. "«…» dire che …: lo ha detto X" reports the words before the
   * colon.
   */
  private static Optional<QuoteCandidate> anaphoric(
      QuoteText t, Span sentence, Optional<Span> previous, int first, int v) {
    int a = v - 1;
    while (a > first && a > v - 4 && t.lexicon.auxiliary(t.key(a))) {
      a--;
    }
    if (a < first || !t.lexicon.anaphor(t.key(a))) {
      return Optional.empty();
    }
    Span cue = Cues.verbSpan(t, v, sentence.start());
    if (a > first) {
      if (t.gapBefore(a, sentence.start()).indexOf(':') < 0 || a - first < MIN_CONTENT_TOKENS) {
        return Optional.empty();
      }
      Span content = new Span(t.start(first), t.end(a - 1));
      Span window = new Span(t.start(a), sentence.end());
      return Optional.of(new QuoteCandidate(List.of(content), false, CueKind.VERB, cue, window));
    }
    if (previous.isEmpty() || attribution(t, previous.get())) {
      // "Lo ha detto Peskov. Lo riporta Ria Novosti.": the agency relays Peskov's words; the
      // sentence before is an attribution, not speech.
      return Optional.empty();
    }
    String between = t.text.substring(previous.get().end(), sentence.start());
    if (between.contains("\n")) {
      return Optional.empty();
    }
    Span content = previous.get();
    Span window = new Span(sentence.start(), sentence.end());
    return Optional.of(new QuoteCandidate(List.of(content), false, CueKind.VERB, cue, window));
  }

  /**
   * "Le autorità avevano avvertito l'ospedale di evacuare, cosa che l'ONU aveva fatto sapere", "…,
   * ce que le ministère a confirmé": the "thing" word and a complementiser after a comma, then a
   * short subject and the verb, report the clause before the comma; the subject is the speaker.
   */
  private static Optional<QuoteCandidate> thingThat(QuoteText t, Span sentence, int first, int v) {
    int s = t.firstTokenFrom(Cues.verbSpan(t, v, sentence.start()).start());
    for (int k = s - 1; k > first && k >= s - MAX_SUBJECT_TOKENS; k--) {
      boolean opens =
          t.lexicon.complementiser(t.key(k))
              && t.lexicon.thing(t.key(k - 1))
              && t.gapBefore(k - 1, sentence.start()).indexOf(',') >= 0;
      if (opens && k - 1 - first >= MIN_CONTENT_TOKENS) {
        Span content = new Span(t.start(first), t.end(k - 2));
        Span window = new Span(t.start(k + 1), t.end(v));
        Span cue = Cues.verbSpan(t, v, t.start(k + 1));
        return Optional.of(new QuoteCandidate(List.of(content), false, CueKind.VERB, cue, window));
      }
      if (QuoteText.breaks(t.gapBefore(k, sentence.start()))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a sentence is an attribution of the one before it: it opens with the object pronoun of
   * "Lo ha detto X", then at most three auxiliaries, then a saying verb.
   */
  static boolean attribution(QuoteText t, Span sentence) {
    int a = t.firstTokenFrom(sentence.start());
    if (a >= t.size() || t.end(a) > sentence.end() || !t.lexicon.anaphor(t.key(a))) {
      return false;
    }
    int v = a + 1;
    while (v < t.size() && v < a + 4 && t.lexicon.auxiliary(t.key(v))) {
      v++;
    }
    return v < t.size()
        && t.end(v) <= sentence.end()
        && (Cues.isVerb(t, v) || t.lexicon.relay(t.key(v)));
  }

  /**
   * "Secondo Ed Lucas, pubblico ministero nel processo, Pearce …": a short lower-case phrase
   * between two commas describes the source; the content starts after it.
   */
  private static int skipApposition(QuoteText t, Span sentence, int c, int end) {
    if (Character.isUpperCase(t.text.charAt(t.start(c)))) {
      return c;
    }
    for (int k = c + 1; k < end && k <= c + MAX_SUBJECT_TOKENS; k++) {
      if (t.gapBefore(k, sentence.start()).indexOf(',') >= 0) {
        return end - k >= MIN_CONTENT_TOKENS ? k : c;
      }
    }
    return c;
  }

  /** "Secondo X, …" at the sentence start, or "…, according to X." at its end. */
  private static Optional<QuoteCandidate> according(
      QuoteText t, Span sentence, int first, int end) {
    Optional<Span> phrase = Cues.according(t, sentence.start(), sentence.end());
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    Span p = phrase.get();
    int pf = t.firstTokenFrom(p.start());
    int pl = t.tokensBefore(p.end());
    Optional<QuoteCandidate> relative = relativeSource(t, sentence, first, pf, pl, end);
    if (relative.isPresent()) {
      return relative;
    }
    if (pf == first) {
      for (int c = pl; c < end && c < pl + MAX_SUBJECT_TOKENS + 2; c++) {
        if (sourceEnds(t, sentence, pl, c) && end - c >= MIN_CONTENT_TOKENS) {
          c = skipApposition(t, sentence, c, end);
          Span content = new Span(t.start(c), t.end(end - 1));
          Span window = new Span(p.start(), t.end(c - 1));
          return Optional.of(
              new QuoteCandidate(List.of(content), false, CueKind.ACCORDING, p, window));
        }
      }
      return Optional.empty();
    }
    boolean afterComma = t.gapBefore(pf, sentence.start()).indexOf(',') >= 0;
    // "… depuis la reprise de la guerre selon le Hamas.": a short named source closing the sentence
    // needs no comma ("classés selon la source" is a manner, not a source).
    // "Une hypothèse … selon X : la population …": a colon closes the source like a full stop.
    int close = colonAfter(t, sentence, pl, end);
    boolean closing = afterComma || close - pl <= SHORT_SOURCE_TOKENS && named(t, pl, close);
    // "…, selon le décompte du ministère de la Santé du Hamas.": a source closing the sentence
    // after a comma may run through a chain of complements.
    int reach =
        afterComma && close == end && unbroken(t, sentence, pl, end)
            ? MAX_CLOSING_SOURCE_TOKENS
            : MAX_SUBJECT_TOKENS + 2;
    if (closing && pf - first >= MIN_CONTENT_TOKENS && close - pl <= reach) {
      Span content = new Span(t.start(first), t.end(pf - 1));
      Span window = new Span(p.start(), close == end ? sentence.end() : t.end(close - 1));
      return Optional.of(new QuoteCandidate(List.of(content), false, CueKind.ACCORDING, p, window));
    }
    return afterComma ? between(t, sentence, first, pf, pl, end) : Optional.empty();
  }

  /**
   * "Lo riporta Al Jazeera, secondo cui il servizio … ha trovato …", "le parquet, selon lequel …":
   * the relative makes the clause before the phrase hold the source and the words after it the
   * content. The source is looked for in that clause ({@link CueKind#RELATIVE}); "l'idée selon
   * laquelle …" names nobody and gives no speaker.
   */
  private static Optional<QuoteCandidate> relativeSource(
      QuoteText t, Span sentence, int first, int pf, int pl, int end) {
    int r = pl;
    if (r < end && t.lexicon.determiner(t.key(r))) {
      r++;
    }
    if (pf == first || r >= end || !t.lexicon.sourceRelative(t.key(r))) {
      return Optional.empty();
    }
    int from = r + 1;
    int stop = clauseEnd(t, sentence, from, end);
    if (stop - from < MIN_CONTENT_TOKENS) {
      return Optional.empty();
    }
    int a = pf;
    boolean crossed = false;
    while (a > first && a > pf - MAX_SUBJECT_TOKENS - 2) {
      String gap = t.gapBefore(a, sentence.start());
      if (QuoteText.breaks(gap)) {
        // The comma right before the phrase closes the source's clause; another one opens it.
        if (crossed || a != pf) {
          break;
        }
        crossed = true;
      }
      a--;
    }
    Span content = new Span(t.start(from), t.end(stop - 1));
    Span cue = new Span(t.start(pf), t.end(r));
    Span window = new Span(t.start(a), t.end(pf - 1));
    return Optional.of(new QuoteCandidate(List.of(content), false, CueKind.RELATIVE, cue, window));
  }

  /** Whether no punctuation mark stands between tokens {@code from} and {@code to}. */
  private static boolean unbroken(QuoteText t, Span sentence, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (QuoteText.breaks(t.gapBefore(k, sentence.start()))) {
        return false;
      }
    }
    return true;
  }

  /** A lower-case preposition: "a", "con", "del", "of". */
  private static boolean preposition(QuoteText t, int k) {
    return Character.isLowerCase(t.text.charAt(t.start(k)))
        && (t.lexicon.stop(t.key(k)) || t.lexicon.sourceOf(t.key(k)));
  }

  /** The first token after {@code pl} with a colon before it, or {@code end}. */
  private static int colonAfter(QuoteText t, Span sentence, int pl, int end) {
    for (int k = pl + 1; k < end; k++) {
      if (t.gapBefore(k, sentence.start()).indexOf(':') >= 0) {
        return k;
      }
    }
    return end;
  }

  /**
   * Whether a sentence-opening source ends before token {@code c}: at a comma, a closing bracket
   * ("Secondo lo USGS (USGS) il sisma …") or an article after a name ("Según Reuters el …").
   */
  private static boolean sourceEnds(QuoteText t, Span sentence, int pl, int c) {
    String gap = t.gapBefore(c, sentence.start());
    if (gap.indexOf(',') >= 0 || gap.indexOf(')') >= 0) {
      return true;
    }
    for (int k = pl + 1; k < c; k++) {
      if (QuoteText.breaks(t.gapBefore(k, sentence.start()))) {
        return false;
      }
    }
    return c > pl
        && gap.isBlank()
        && t.lexicon.determiner(t.key(c))
        && Character.isLowerCase(t.text.charAt(t.start(c)))
        && Character.isUpperCase(t.text.charAt(t.start(c - 1)));
  }

  private static boolean named(QuoteText t, int from, int end) {
    for (int k = from; k < end; k++) {
      if (Character.isUpperCase(t.text.charAt(t.start(k)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "un mix di farmaci e alcol, secondo i tabloid inglesi, avrebbe stroncato …": a phrase set off
   * by two commas inside the sentence; the content is the sentence around it.
   */
  private static Optional<QuoteCandidate> between(
      QuoteText t, Span sentence, int first, int pf, int pl, int end) {
    for (int c = pl; c < end && c <= pl + MAX_SUBJECT_TOKENS; c++) {
      if (QuoteText.breaks(t.gapBefore(c, sentence.start()))) {
        if (t.gapBefore(c, sentence.start()).strip().equals(",") && end - c >= 2) {
          // A short subject before the phrase belongs to the content; a long stretch is a clause of
          // its own ("… e, secondo i genitori, non si sarebbero …"), the content only when no
          // "and" opens the phrase's own clause.
          Span after = new Span(t.start(c), t.end(end - 1));
          Span before = new Span(t.start(first), t.end(pf - 1));
          List<Span> parts;
          if (pf - first <= MAX_SUBJECT_TOKENS + 2 || preposition(t, c)) {
            // "… una piccola parte, secondo gli studiosi, del complesso …": a preposition after
            // the phrase goes on with the clause it interrupts.
            parts = List.of(before, after);
          } else if (t.lexicon.conjunction(t.key(pf - 1))) {
            parts = List.of(after);
          } else {
            // "… ha dado luz verde al acuerdo, según han avanzado fuentes, si bien …": a clause
            // closed by the phrase is what the source said; what follows is the writer's.
            parts = List.of(before);
          }
          Span p = new Span(t.start(pf), t.end(pl - 1));
          Span window = new Span(p.start(), t.end(c - 1));
          return Optional.of(new QuoteCandidate(parts, false, CueKind.ACCORDING, p, window));
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
