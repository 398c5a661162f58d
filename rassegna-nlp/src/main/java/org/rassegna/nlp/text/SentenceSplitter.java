package org.rassegna.nlp.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rassegna.nlp.Span;

/**
 * Splits a body into sentences with ICU's sentence break rules for the language, then undoes breaks
 * that follow a known abbreviation or a single-letter initial ("Sig. Rossi", "John F. Kennedy").
 * Blank lines (the block separator of a body) always end a sentence. Spans are trimmed of
 * surrounding whitespace and never empty. Thread-safe: the break iterator is cloned per call.
 */
public final class SentenceSplitter {
  private static final ConcurrentHashMap<String, BreakIterator> PROTOTYPES =
      new ConcurrentHashMap<>();

  private final String language;
  private final Set<String> abbreviations;

  public SentenceSplitter(String language) {
    this.language = language.toLowerCase(Locale.ROOT);
    this.abbreviations = Abbreviations.forLanguage(this.language);
  }

  /** Sentence spans of {@code text}, in order. */
  public List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int blockStart = 0;
    while (blockStart < text.length()) {
      int blockEnd = text.indexOf("\n\n", blockStart);
      if (blockEnd < 0) {
        blockEnd = text.length();
      }
      splitBlock(text, blockStart, blockEnd, out);
      blockStart = blockEnd + 2;
    }
    return out;
  }

  private void splitBlock(String text, int from, int to, List<Span> out) {
    BreakIterator it =
        (BreakIterator)
            PROTOTYPES
                .computeIfAbsent(language, l -> BreakIterator.getSentenceInstance(new ULocale(l)))
                .clone();
    it.setText(text.substring(from, to));
    int start = 0;
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      if (end < to - from && endsWithAbbreviation(text, from, from + end)) {
        continue;
      }
      add(text, from + start, from + end, out);
      start = end;
    }
  }

  private boolean endsWithAbbreviation(String text, int blockStart, int end) {
    int i = end;
    while (i > blockStart && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i == blockStart || text.charAt(i - 1) != '.') {
      return false;
    }
    int dot = i - 1;
    int w = dot;
    while (w > blockStart && !Character.isWhitespace(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    return abbreviations.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
