package org.rassegna.nlp.quote;

import java.util.List;
import java.util.Optional;
import org.rassegna.nlp.Span;

/**
 * Reported speech interrupted by its attribution: "Israele, ha spiegato, vuole andare avanti …",
 * "Su objetivo, dijo, fue …", "La pandemia, señala Jourdan, ha sido …", "The plan, he said, will
 * …". A few words open the sentence, a comma, the verb with at most a short subject, a comma, and
 * the rest of the sentence: the content is the sentence without the aside, which holds the speaker
 * (or nobody, when the subject is unexpressed or a pronoun and coreference decides).
 */
final class ParentheticalCue {
  /** Longest stretch before the aside: a subject or a short adverbial, not a clause. */
  private static final int MAX_LEAD = 6;

  /** Words from the verb to the comma closing the aside: the verb's subject at most. */
  private static final int MAX_ASIDE_TAIL = 4;

  private static final int MIN_REST = 3;

  private ParentheticalCue() {}

  /**
   * The candidate when verb {@code v} of a sentence starting at token {@code first} is an aside.
   */
  static Optional<QuoteCandidate> find(QuoteText t, Span sentence, int first, int v, int end) {
    Span cue = Cues.verbSpan(t, v, sentence.start());
    int open = t.firstTokenFrom(cue.start());
    if (open <= first || open - first > MAX_LEAD || !opensAside(t, sentence, first, open)) {
      return Optional.empty();
    }
    int close = -1;
    for (int k = v + 1; k < end && k <= v + MAX_ASIDE_TAIL + 1; k++) {
      String gap = t.gapBefore(k, sentence.start());
      if (gap.strip().equals(",")) {
        close = k;
        break;
      }
      if (QuoteText.breaks(gap) || QuoteText.endsSentence(gap) || closedWord(t, k)) {
        return Optional.empty();
      }
    }
    if (close < 0 || end - close < MIN_REST) {
      return Optional.empty();
    }
    List<Span> parts =
        List.of(
            new Span(t.start(first), t.end(open - 1)), new Span(t.start(close), t.end(end - 1)));
    Span window = new Span(cue.start(), t.end(close - 1));
    return Optional.of(new QuoteCandidate(parts, false, CueKind.VERB, cue, window));
  }

  /** Only a comma before the aside, and no break inside the lead: one phrase, then the aside. */
  private static boolean opensAside(QuoteText t, Span sentence, int first, int open) {
    if (!t.gapBefore(open, sentence.start()).strip().equals(",")) {
      return false;
    }
    for (int k = first + 1; k < open; k++) {
      String gap = t.gapBefore(k, sentence.start());
      if (QuoteText.breaks(gap)) {
        // "Ma, ha aggiunto Bar, «…»": a lone connective before the comma is no lead.
        return false;
      }
    }
    return open - first > 1 || !t.lexicon.conjunction(t.key(first));
  }

  /** A complementiser or a verb in the aside means it is a clause of its own, not an aside. */
  private static boolean closedWord(QuoteText t, int k) {
    return t.lexicon.complementiser(t.key(k)) || Cues.isVerb(t, k);
  }
}
