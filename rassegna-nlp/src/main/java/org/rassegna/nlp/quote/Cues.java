package org.rassegna.nlp.quote;

import java.util.List;
import java.util.Optional;
import org.rassegna.nlp.Span;

/** Finds reporting verbs and "according to" phrases among the tokens of a window. */
final class Cues {
  private Cues() {}

  /** Gerunds and present participles: "saying", "aggiungendo", "diciendo", "précisant". */
  static boolean gerund(String key) {
    return key.endsWith("ing")
        || key.endsWith("ando")
        || key.endsWith("endo")
        || key.endsWith("ant");
  }

  /** The verb at token {@code v} with the auxiliaries right before it, inside {@code from}. */
  static Span verbSpan(QuoteText t, int v, int from) {
    int s = v;
    while (s > 0 && t.start(s - 1) >= from && t.lexicon.auxiliary(t.key(s - 1))) {
      if (QuoteText.breaks(t.gapBefore(s, from))) {
        break;
      }
      s--;
    }
    return new Span(t.start(s), t.end(v));
  }

  /**
   * Index of the first token of {@code [from, to)} (at most {@code max} tokens in) that is a verb.
   */
  static int firstVerb(QuoteText t, int from, int to, int max) {
    int first = t.firstTokenFrom(from);
    for (int i = first; i < t.size() && t.end(i) <= to && i < first + max; i++) {
      if (isVerb(t, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Index of the last token of {@code [from, to)} (at most {@code max} tokens back) that is a verb.
   */
  static int lastVerb(QuoteText t, int from, int to, int max) {
    int last = t.tokensBefore(to) - 1;
    for (int i = last; i >= 0 && t.start(i) >= from && i > last - max; i--) {
      if (isVerb(t, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A reporting verb form, written in lower case unless it opens a sentence: "New York State", "the
   * Post" are names.
   */
  static boolean isVerb(QuoteText t, int i) {
    if (!t.lexicon.verb(t.key(i))) {
      return false;
    }
    if (!Character.isUpperCase(t.text.charAt(t.start(i)))) {
      return true;
    }
    int k = t.start(i) - 1;
    while (k >= 0 && Character.isWhitespace(t.text.charAt(k))) {
      k--;
    }
    return k < 0 || ".!?:\"“”«»—–".indexOf(t.text.charAt(k)) >= 0;
  }

  /** The first "according to" phrase in {@code [from, to)}, as a span. */
  static Optional<Span> according(QuoteText t, int from, int to) {
    for (int i = t.firstTokenFrom(from); i < t.size() && t.end(i) <= to; i++) {
      for (List<String> phrase : t.lexicon.according()) {
        if (matches(t, i, phrase, to)) {
          return Optional.of(new Span(t.start(i), t.end(i + phrase.size() - 1)));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matches(QuoteText t, int i, List<String> phrase, int to) {
    if (i + phrase.size() > t.size() || t.end(i + phrase.size() - 1) > to) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!t.key(i + k).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }
}
