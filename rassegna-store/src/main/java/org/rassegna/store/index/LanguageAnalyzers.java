package org.rassegna.store.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.commongrams.CommonGramsQueryFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * The analysis of the index's text fields. Every article's title and text go into the neutral
 * fields ({@code title_any}, {@code text_any}): ICU word segmentation, then ICU folding (case,
 * accents, width, NFKC), which is right for any script and is what a query without {@code --lang}
 * searches: one field per word, so a query costs the same however many languages the corpus holds.
 * An article in a language with a Lucene analyzer (stop words, stemming) also gets that language's
 * fields ({@code title_it}, {@code text_it}, …), searched as well when the user names the language,
 * so that {@code elezioni} finds {@code elezione}.
 *
 * <p>The neutral fields also index common grams: a pair of adjacent words of which one is a stop
 * word of any of the languages becomes one more term ({@code of_the}, {@code della_camera}). A
 * phrase is then looked up as one or a few rare terms instead of by walking the positions of words
 * found in nearly every article, which is what made phrases the slowest queries. Hence two
 * analyzers: {@link #indexTime()} adds the grams beside the words, {@link #queryTime()} keeps only
 * the grams where a phrase has them.
 */
public final class LanguageAnalyzers {
  /** Languages with their own stemmed fields. */
  public static final List<String> LANGUAGES = List.of("it", "en", "es", "fr", "de", "pt", "ru");

  /** The suffix of the neutral fields every article has. */
  public static final String NEUTRAL = "any";

  private static final CharArraySet COMMON_WORDS = commonWords();
  private static final Analyzer INDEX_TIME = perField(Grams.INDEX);
  private static final Analyzer QUERY_TIME = perField(Grams.QUERY);

  /** Whether the neutral analysis adds common grams, and which way. */
  private enum Grams {
    NONE,
    /** Grams beside the words, so that both words and phrases can be found. */
    INDEX,
    /** Only the grams where a phrase has them, the rarest terms that still match it. */
    QUERY
  }

  private LanguageAnalyzers() {}

  /** The suffix of the stemmed fields for a language, if it has them. */
  public static Optional<String> stemmedSuffix(Optional<String> language) {
    return language.filter(LANGUAGES::contains);
  }

  /**
   * The analyzer documents are indexed with, shared (analyzers are thread-safe): the text fields
   * get their suffix's analyzer, every other field is indexed as one keyword.
   */
  public static Analyzer indexTime() {
    return INDEX_TIME;
  }

  /** The analyzer queries are parsed with: as {@link #indexTime()}, but phrases keep only grams. */
  public static Analyzer queryTime() {
    return QUERY_TIME;
  }

  private static Analyzer perField(Grams grams) {
    Map<String, Analyzer> byField = new HashMap<>();
    Analyzer neutral = neutral(grams);
    byField.put(Fields.title(NEUTRAL), neutral);
    byField.put(Fields.text(NEUTRAL), neutral);
    for (String s : LANGUAGES) {
      Analyzer a = forLanguage(s);
      byField.put(Fields.title(s), a);
      byField.put(Fields.text(s), a);
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
  }

  /** The stop words of every language, folded as the neutral fields fold words. */
  private static CharArraySet commonWords() {
    CharArraySet out = new CharArraySet(2048, false);
    try (Analyzer fold = neutral(Grams.NONE)) {
      for (String language : LANGUAGES) {
        try (StopwordAnalyzerBase a = forLanguage(language)) {
          for (Object w : a.getStopwordSet()) {
            String word = w instanceof char[] chars ? new String(chars) : w.toString();
            out.add(fold.normalize(Fields.text(NEUTRAL), word).utf8ToString());
          }
        }
      }
    }
    return CharArraySet.unmodifiableSet(out);
  }

  private static StopwordAnalyzerBase forLanguage(String language) {
    switch (language) {
      case "it":
        return new ItalianAnalyzer();
      case "en":
        return new EnglishAnalyzer();
      case "es":
        return new SpanishAnalyzer();
      case "fr":
        return new FrenchAnalyzer();
      case "de":
        return new GermanAnalyzer();
      case "pt":
        return new PortugueseAnalyzer();
      case "ru":
        return new RussianAnalyzer();
      default:
        throw new IllegalArgumentException("no stemmed fields for language " + language);
    }
  }

  /** Segmentation and folding, then common grams as asked. */
  private static Analyzer neutral(Grams grams) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        TokenStream folded = new ICUFoldingFilter(source);
        if (grams == Grams.NONE) {
          return new TokenStreamComponents(source, folded);
        }
        CommonGramsFilter withGrams = new CommonGramsFilter(folded, COMMON_WORDS);
        return new TokenStreamComponents(
            source, grams == Grams.QUERY ? new CommonGramsQueryFilter(withGrams) : withGrams);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUFoldingFilter(in);
      }
    };
  }
}
