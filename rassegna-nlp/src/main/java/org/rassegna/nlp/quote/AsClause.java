package org.rassegna.nlp.quote;

import java.util.List;
import java.util.Optional;
import org.rassegna.nlp.Span;

/**
 * Reported speech opened by "as X said": "Come ha anticipato ieri il portavoce, Matthew Miller,
 * Blinken vuole …", "Como explicó el ministro, el plan …", "Comme l'a expliqué X, …", "As Peskov
 * said, the talks …". The sentence opens with the "as" word, the verb follows within a few words
 * (its subject before or after it), and the content is what follows the comma that closes the
 * speaker's phrase; a short capitalised apposition after that comma ("…, Matthew Miller, …") is
 * still the speaker's phrase.
 */
final class AsClause {
  /** Words between the "as" word and the verb: auxiliaries, an object pronoun or a subject. */
  private static final int TO_VERB = 6;

  /** Words from the verb to the comma that ends the speaker's phrase. */
  private static final int TO_COMMA = 10;

  /** Longest apposition after that comma that still names the speaker. */
  private static final int MAX_APPOSITION = 6;

  private static final int MIN_CONTENT_TOKENS = 3;

  private AsClause() {}

  /** The candidate when verb {@code v} of a sentence starting at token {@code first} is so used. */
  static Optional<QuoteCandidate> find(QuoteText t, Span sentence, int first, int v, int end) {
    if (v <= first || v - first > TO_VERB || !t.lexicon.asWord(t.key(first))) {
      return Optional.empty();
    }
    for (int k = first + 1; k <= v; k++) {
      if (QuoteText.breaks(t.gapBefore(k, sentence.start()))) {
        return Optional.empty();
      }
    }
    int comma = commaAfter(t, sentence, v + 1, Math.min(end, v + 1 + TO_COMMA));
    if (comma < 0) {
      return Optional.empty();
    }
    int from = skipAppositions(t, sentence, comma, end);
    if (end - from < MIN_CONTENT_TOKENS) {
      return Optional.empty();
    }
    Span content = new Span(t.start(from), t.end(end - 1));
    Span cue = Cues.verbSpan(t, v, t.start(first + 1));
    Span window = new Span(t.start(first + 1), t.end(from - 1));
    return Optional.of(new QuoteCandidate(List.of(content), false, CueKind.VERB, cue, window));
  }

  /** Index of the first token in {@code [from, to)} with a comma before it; -1 if none. */
  private static int commaAfter(QuoteText t, Span sentence, int from, int to) {
    for (int k = from; k < to; k++) {
      String gap = t.gapBefore(k, sentence.start());
      if (gap.indexOf(',') >= 0) {
        return k;
      }
      if (QuoteText.breaks(gap)) {
        return -1;
      }
    }
    return -1;
  }

  /** Past short capitalised stretches closed by a comma: the speaker's appositions. */
  private static int skipAppositions(QuoteText t, Span sentence, int from, int end) {
    int c = from;
    while (c < end && Character.isUpperCase(t.text.charAt(t.start(c)))) {
      int next = commaAfter(t, sentence, c + 1, Math.min(end, c + 1 + MAX_APPOSITION));
      if (next < 0) {
        return c;
      }
      c = next;
    }
    return c;
  }
}
