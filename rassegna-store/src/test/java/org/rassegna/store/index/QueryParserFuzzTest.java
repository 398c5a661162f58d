package org.rassegna.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * Arbitrary text as a user query: the parser gives a query or a {@link ParseException} with a
 * message, never any other exception.
 */
class QueryParserFuzzTest {
  private static final List<String> SUFFIXES = LanguageAnalyzers.LANGUAGES;

  @FuzzTest(maxDuration = "30s")
  void any_text_parses_to_a_query_or_a_syntax_error(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      Query q = new ArticleQueryParser(SUFFIXES).parseUserQuery(text);
      assertThat(q).isNotNull();
    } catch (ParseException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
