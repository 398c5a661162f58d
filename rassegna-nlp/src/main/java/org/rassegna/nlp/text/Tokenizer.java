package org.rassegna.nlp.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.rassegna.nlp.Span;

/**
 * Word tokens of a text by ICU's word break rules: runs of letters or digits, punctuation and space
 * left out. Elided articles and prepositions are split off ("sull'Ucraina" gives "sull'" and
 * "Ucraina", "l'Élysée" gives "l'" and "Élysée"), since ICU keeps them in one word and the name
 * after them must be found on its own. Offsets are into the text given. Thread-safe: each call uses
 * its own iterator.
 */
public final class Tokenizer {
  /** Longest elided word before an apostrophe: "dell", "sull", "quell", "lorsqu". */
  private static final int MAX_ELIDED = 6;

  private final ULocale locale;

  public Tokenizer(String language) {
    this.locale = new ULocale(language);
  }

  public List<Span> tokens(String text) {
    List<Span> out = new ArrayList<>();
    BreakIterator it = BreakIterator.getWordInstance(locale);
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
        addSplittingElision(text, start, end, out);
      }
    }
    return out;
  }

  private static void addSplittingElision(String text, int start, int end, List<Span> out) {
    for (int i = start + 1; i < end - 2 && i <= start + MAX_ELIDED; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\u2019') {
        out.add(new Span(start, i + 1));
        out.add(new Span(i + 1, end));
        return;
      }
    }
    out.add(new Span(start, end));
  }
}
