package org.rassegna.store.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * Per-language analysis. Each language with a Lucene analyzer (stop words, stemming) gets its own
 * pair of fields ({@code title_it}, {@code text_it}, …) so that a query is analysed the same way as
 * the text it should match; every other language shares {@code title_xx}/{@code text_xx}, analysed
 * with ICU word segmentation and NFKC case folding, which is right for any script if not as sharp
 * as stemming. (Lucene's {@code ICUFoldingFilter} would also fold accents, but its bundled data do
 * not load with the ICU4J version the project pins.)
 */
public final class LanguageAnalyzers {
  /** Languages with their own analyzer. */
  public static final List<String> LANGUAGES = List.of("it", "en", "es", "fr", "de", "pt", "ru");

  /** The field suffix of every other language, and of articles whose language is unknown. */
  public static final String OTHER = "xx";

  /** Every field suffix, analysed languages first. */
  public static final List<String> SUFFIXES =
      List.of("it", "en", "es", "fr", "de", "pt", "ru", OTHER);

  private LanguageAnalyzers() {}

  /** The field suffix for an article's language. */
  public static String suffix(Optional<String> language) {
    return language.filter(LANGUAGES::contains).orElse(OTHER);
  }

  /**
   * One analyzer for the whole document: the per-language fields get their language's analyzer,
   * every other field is indexed as one keyword.
   */
  public static Analyzer perField() {
    Map<String, Analyzer> byField = new HashMap<>();
    for (String s : SUFFIXES) {
      Analyzer a = forSuffix(s);
      byField.put(Fields.title(s), a);
      byField.put(Fields.text(s), a);
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
  }

  static Analyzer forSuffix(String suffix) {
    switch (suffix) {
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
        return icuFallback();
    }
  }

  private static Analyzer icuFallback() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        TokenStream folded = new ICUNormalizer2Filter(source);
        return new TokenStreamComponents(source, folded);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUNormalizer2Filter(in);
      }
    };
  }
}
