package org.rassegna.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rassegna.nlp.Span;

/**
 * Direct quotes: text between paired quote marks or after a dialogue dash ({@link QuoteMarks}),
 * each with the cue that names its speaker. The cue is looked for in this order: a reporting verb
 * just after the quote ("…", ha detto Peskov), an attribution inside it ("… – scrivono gli
 * attivisti – …", "…, affirme-t-elle. …"), a verb or "according to" phrase in the clause before it
 * (Halevi ha detto che "…"), a colon before it. Two quotes around one attribution ("…", he said,
 * "…") become one quote of two parts.
 */
public final class DirectQuoteFinder implements QuoteFinder {
  /** How far a speaker's clause reaches from a quote, in characters. */
  static final int WINDOW_CHARS = 200;

  private static final int AFTER_TOKENS = 8;

  /** Reach of a verb after a quote when an apposition closed by a comma stands before it. */
  private static final int AFTER_APPOSITION_TOKENS = 18;

  private static final int BEFORE_TOKENS = 12;
  private static final int INTERRUPTION_TOKENS = 5;
  private static final int VERB_TO_QUOTE = 4;
  private static final int ACCORDING_TO_QUOTE = 6;

  /** Words back from the marks to the verb whose object they describe. */
  private static final int APPOSED_REACH = 16;

  private static final String MARKS_AND_SPACE = "[\"“”«»„‘’\\s]";

  @Override
  public List<QuoteCandidate> find(QuoteInput input) {
    QuoteText t = QuoteText.of(input);
    List<Span> quotes = QuoteMarks.find(input.text());
    List<QuoteCandidate> out = new ArrayList<>();
    for (int k = 0; k < quotes.size(); k++) {
      Span q = quotes.get(k);
      if (titled(t, q)) {
        continue;
      }
      int prevEnd = k > 0 ? quotes.get(k - 1).end() : 0;
      int nextStart = k + 1 < quotes.size() ? quotes.get(k + 1).start() : input.text().length();
      Span before = before(input.text(), q.start(), prevEnd);
      Span after = after(t, q.end(), nextStart);
      QuoteCandidate c = candidate(t, q, before, after);
      if (c.kind() == CueKind.NONE) {
        c = thusAfter(t, q, nextStart).orElse(c);
      }
      QuoteCandidate last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && splitByAttribution(t, last, c)) {
        List<Span> parts = new ArrayList<>(last.parts());
        parts.addAll(c.parts());
        out.set(
            out.size() - 1,
            new QuoteCandidate(parts, true, last.kind(), last.cue(), last.window()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static QuoteCandidate candidate(QuoteText t, Span q, Span before, Span after) {
    List<Span> one = List.of(q);
    int v = Cues.firstVerb(t, after.start(), after.end(), AFTER_TOKENS);
    if (v < 0) {
      v = afterApposition(t, after);
    }
    if (v >= 0) {
      return new QuoteCandidate(one, true, CueKind.VERB, Cues.verbSpan(t, v, after.start()), after);
    }
    Optional<Span> trailing = Cues.according(t, after.start(), after.end());
    if (trailing.isPresent()
        && t.tokensBefore(trailing.get().start()) - t.firstTokenFrom(after.start()) < 2) {
      return new QuoteCandidate(one, true, CueKind.ACCORDING, trailing.get(), after);
    }
    Optional<QuoteCandidate> inside = interruption(t, q);
    if (inside.isPresent()) {
      return inside.get();
    }
    v = Cues.lastVerb(t, before.start(), before.end(), BEFORE_TOKENS);
    if (v >= 0 && opensQuote(t, v, q.start())) {
      return new QuoteCandidate(
          one, true, CueKind.VERB, Cues.verbSpan(t, v, before.start()), before);
    }
    v = verbBeforeThat(t, before, q.start());
    if (v >= 0) {
      return new QuoteCandidate(
          one, true, CueKind.VERB, Cues.verbSpan(t, v, before.start()), before);
    }
    Optional<Span> according = Cues.according(t, before.start(), before.end());
    if (according.isPresent()
        && t.tokensBefore(q.start()) - t.tokensBefore(according.get().end())
            <= ACCORDING_TO_QUOTE) {
      return new QuoteCandidate(one, true, CueKind.ACCORDING, according.get(), before);
    }
    String lead = t.text.substring(before.start(), before.end()).strip();
    int colon = lead.lastIndexOf(':');
    if (colon >= 0 && onlyFunctionWords(t, lead.substring(colon + 1))) {
      return new QuoteCandidate(one, true, CueKind.COLON, new Span(q.start(), q.start()), before);
    }
    v = apposedToObject(t, q, before, after);
    if (v >= 0) {
      return new QuoteCandidate(
          one, true, CueKind.VERB, Cues.verbSpan(t, v, before.start()), before);
    }
    return new QuoteCandidate(one, true, CueKind.NONE, new Span(q.start(), q.start()), before);
  }

  /**
   * "Fabrice Nicolino dénonce l'usage des pesticides, « cette industrie qui assassine … »": marks
   * after the comma that closes a clause with a reporting verb, and closing its sentence, give the
   * verb's subject's words on its object. The verb's index, or -1.
   */
  private static int apposedToObject(QuoteText t, Span q, Span before, Span after) {
    String lead = t.text.substring(before.start(), before.end()).replaceAll(MARKS_AND_SPACE, "");
    String tail = t.text.substring(after.start(), after.end()).replaceAll(MARKS_AND_SPACE, "");
    if (!lead.endsWith(",") || !(tail.isEmpty() || tail.startsWith("."))) {
      return -1;
    }
    int v = Cues.lastVerb(t, before.start(), before.end(), APPOSED_REACH);
    return v >= 0 && !Cues.gerund(t.key(v)) ? v : -1;
  }

  /**
   * "«…». Così l'ambasciatore israeliano, Alon Bar, …": the sentence after the quote opens with the
   * "thus" word and a speaker phrase (an article or a capital); the speaker is read after that word
   * as after an inverted verb.
   */
  private static Optional<QuoteCandidate> thusAfter(QuoteText t, Span q, int nextStart) {
    int k = t.firstTokenFrom(q.end());
    if (k + 1 >= t.size() || t.end(k + 1) > nextStart) {
      return Optional.empty();
    }
    String gap = t.text.substring(q.end(), t.start(k));
    boolean newSentence = QuoteText.endsSentence(gap) && gap.strip().length() <= 3;
    String next = t.text.substring(t.start(k + 1), t.end(k + 1));
    boolean speakerNext =
        t.lexicon.determiner(t.key(k + 1)) || Character.isUpperCase(next.charAt(0));
    if (!newSentence || !t.lexicon.thusWord(t.key(k)) || !speakerNext) {
      return Optional.empty();
    }
    Span sentence = after(t, t.end(k), nextStart);
    Span window = new Span(t.start(k), sentence.end());
    Span cue = new Span(t.start(k), t.end(k));
    return Optional.of(new QuoteCandidate(List.of(q), true, CueKind.VERB, cue, window));
  }

  /**
   * "HP ha riscontrato che “…”", "the group found that “…”": marks right after a complementiser
   * quote the subject's words whatever its verb, so the word before the complementiser stands as
   * the cue; its index, or -1.
   */
  private static int verbBeforeThat(QuoteText t, Span before, int quoteStart) {
    int c = t.tokensBefore(quoteStart) - 1;
    if (c < 1 || t.start(c - 1) < before.start() || !t.lexicon.complementiser(t.key(c))) {
      return -1;
    }
    int v = c - 1;
    String word = t.text.substring(t.start(v), t.end(v));
    boolean lowerWord = Character.isLowerCase(word.charAt(0)) && word.length() > 3;
    boolean plain = !t.lexicon.stop(t.key(v)) && !t.lexicon.determiner(t.key(v));
    return lowerWord && plain && t.gapBefore(c, before.start()).isBlank() ? v : -1;
  }

  /**
   * Nothing but marks, determiners and prepositions after the colon: "liste trois conditions : des
   * « … »" still introduces the quote.
   */
  private static boolean onlyFunctionWords(QuoteText t, String afterColon) {
    for (String w : afterColon.strip().split("[\\s\"“”«»„‘’]+")) {
      String k = QuoteLexicon.key(w);
      if (!k.isEmpty() && !t.lexicon.determiner(k) && !t.lexicon.sourceOf(k)) {
        return false;
      }
    }
    return true;
  }

  /** "un saggio intitolato «…»", "a column titled “…”": a title, not speech. */
  private static boolean titled(QuoteText t, Span q) {
    int k = t.tokensBefore(q.start()) - 1;
    return k >= 0 && t.lexicon.titled(t.key(k));
  }

  /**
   * "“…,” Noura al-Kaabi, a minister of state for foreign affairs, told …": a verb further after
   * the quote counts when a comma right before it closes the speaker's apposition.
   */
  private static int afterApposition(QuoteText t, Span after) {
    int first = t.firstTokenFrom(after.start());
    if (first >= t.size() || !Character.isUpperCase(t.text.charAt(t.start(first)))) {
      return -1;
    }
    int v = Cues.firstVerb(t, after.start(), after.end(), AFTER_APPOSITION_TOKENS);
    if (v <= first) {
      return -1;
    }
    return t.gapBefore(v, after.start()).indexOf(',') >= 0 ? v : -1;
  }

  /**
   * A verb before a quote introduces it when at most {@link #VERB_TO_QUOTE} words lie between them
   * after its complementiser ("said that “…”", "ha detto che si tratta di “…”"); further away the
   * quote is a phrase inside reported speech ("said farmers faced “…” stemming from").
   */
  private static boolean opensQuote(QuoteText t, int v, int quoteStart) {
    int end = t.tokensBefore(quoteStart);
    int from = v + 1;
    for (int k = v + 1; k < end; k++) {
      if (t.lexicon.complementiser(t.key(k))) {
        from = k + 1;
      }
    }
    return end - from <= VERB_TO_QUOTE;
  }

  /**
   * An attribution set off inside the marks: a verb after a comma or dash, closed within a few
   * words by a comma, dash or full stop. The quote becomes the two parts around it.
   */
  private static Optional<QuoteCandidate> interruption(QuoteText t, Span q) {
    int first = t.firstTokenFrom(q.start());
    for (int v = first + 1; v < t.size() && t.end(v) <= q.end(); v++) {
      if (!t.lexicon.verb(t.key(v))) {
        continue;
      }
      // "- ha dichiarato Betori -": the aside opens before the verb's auxiliaries.
      int a = Math.max(first + 1, t.firstTokenFrom(Cues.verbSpan(t, v, q.start()).start()));
      if (!opensAside(t.gapBefore(a, q.start()))) {
        continue;
      }
      int gapStart = t.end(a - 1);
      for (int e = v; e < t.size() && e < v + INTERRUPTION_TOKENS && t.end(e) < q.end(); e++) {
        String gap = t.gapAfter(e, q.end());
        if (closesAside(gap)) {
          int gapEnd = t.end(e) + gap.length();
          Span aside = new Span(gapStart, gapEnd);
          List<Span> parts = new ArrayList<>();
          addPart(t.text, q.start(), gapStart, parts);
          addPart(t.text, gapEnd, q.end(), parts);
          if (parts.isEmpty()) {
            return Optional.empty();
          }
          Span cue = Cues.verbSpan(t, v, gapStart);
          return Optional.of(new QuoteCandidate(parts, true, CueKind.VERB, cue, aside));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean opensAside(String gap) {
    return gap.indexOf(',') >= 0
        || gap.indexOf('–') >= 0
        || gap.indexOf('—') >= 0
        || spacedHyphen(gap);
  }

  private static boolean closesAside(String gap) {
    return opensAside(gap) || gap.indexOf('.') >= 0;
  }

  /** " - sottolinea il Dg Tedros - ": a hyphen with a space before it is a dash, not a hyphen. */
  private static boolean spacedHyphen(String gap) {
    int i = gap.indexOf('-');
    return i > 0
        && Character.isWhitespace(gap.charAt(i - 1))
        && (i + 1 == gap.length() || !Character.isLetterOrDigit(gap.charAt(i + 1)));
  }

  private static void addPart(String text, int start, int end, List<Span> parts) {
    int s = start;
    int e = end;
    while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      parts.add(new Span(s, e));
    }
  }

  /**
   * "…", he said, "…": the second quote's cue is the first's, or it has none of its own and a comma
   * closes the attribution after the first ("…", a admis l'entraîneur X, "…"); no full stop
   * between.
   */
  private static boolean splitByAttribution(QuoteText t, QuoteCandidate last, QuoteCandidate c) {
    if (!last.direct() || last.kind() != CueKind.VERB || last.cue().start() < last.end()) {
      return false;
    }
    if (t.tokensBefore(c.end()) - t.firstTokenFrom(c.start()) < QuoteExtractor.MIN_WORDS) {
      // "…", ha añadido en comentarios recogidos por 'The Guardian': a name, not more words.
      return false;
    }
    if (c.start() < last.cue().end()
        || QuoteText.endsSentence(t.text.substring(last.cue().end(), c.start()))) {
      return false;
    }
    if (c.cue().equals(last.cue())) {
      return true;
    }
    String between = t.text.substring(last.cue().end(), c.start());
    return c.kind() == CueKind.NONE && between.replaceAll(MARKS_AND_SPACE, "").endsWith(",");
  }

  /** The clause before a quote: back to a sentence end, a line break or the previous quote. */
  private static Span before(String text, int quoteStart, int floor) {
    int from = Math.max(floor, quoteStart - WINDOW_CHARS);
    int s = quoteStart - 1;
    while (s > from) {
      char c = text.charAt(s - 1);
      if (c == '\n'
          || ((c == '.' || c == '!' || c == '?')
              && s < text.length()
              && Character.isWhitespace(text.charAt(s)))) {
        break;
      }
      s--;
    }
    return new Span(Math.max(from, Math.min(s, quoteStart)), quoteStart);
  }

  /**
   * "M. Caldwell", "J. Smith", "Sen. Dianne Feinstein": a full stop after one or two letters
   * starting with a capital, or after a capitalised title of the language's honorifics.
   */
  private static boolean afterInitial(QuoteText t, int dot) {
    String text = t.text;
    int w = dot;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    if (dot == w || !Character.isUpperCase(text.charAt(w))) {
      return false;
    }
    return dot - w <= 2 || t.lexicon.honorific(QuoteLexicon.key(text.substring(w, dot)));
  }

  /**
   * The clause after a quote: to the next sentence end, line break or quote; a title's full stop
   * ("said California Sen. Dianne Feinstein") does not end it.
   */
  private static Span after(QuoteText t, int quoteEnd, int ceiling) {
    String text = t.text;
    int to = Math.min(ceiling, quoteEnd + WINDOW_CHARS);
    int e = Math.min(quoteEnd + 1, to);
    while (e < to) {
      char c = text.charAt(e);
      if (c == '\n' || c == '!' || c == '?' || c == '.' && !afterInitial(t, e)) {
        break;
      }
      e++;
    }
    return new Span(quoteEnd, Math.max(e, quoteEnd));
  }
}
