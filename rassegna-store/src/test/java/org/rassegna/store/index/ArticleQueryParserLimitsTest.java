package org.rassegna.store.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.api.Test;

class ArticleQueryParserLimitsTest {
  private static ArticleQueryParser parser() {
    return new ArticleQueryParser(LanguageAnalyzers.LANGUAGES);
  }

  private static String words(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("parola").append(i).append(' ');
    }
    return sb.toString();
  }

  @Test
  void query_over_the_length_limit_is_refused_with_its_length() {
    assertThatThrownBy(() -> parser().parseUserQuery("a".repeat(1001)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("1001 characters");
  }

  @Test
  void query_joining_more_clauses_than_the_limit_is_refused() {
    ArticleQueryParser p =
        new ArticleQueryParser(LanguageAnalyzers.LANGUAGES, new ArticleQueryParser.Limits(1000, 5));

    assertThatThrownBy(() -> p.parseUserQuery(words(6)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("more than 5 words");
  }

  @Test
  void query_at_the_default_clause_limit_parses() throws ParseException {
    assertThat(parser().parseUserQuery(words(ArticleQueryParser.Limits.DEFAULTS.maxClauses())))
        .isNotNull();
  }

  @Test
  void deeply_nested_parentheses_are_refused_before_parsing() {
    assertThatThrownBy(() -> parser().parseUserQuery("(".repeat(50) + "a" + ")".repeat(50)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("parentheses");
  }

  @Test
  void a_long_phrase_that_expands_past_lucenes_clause_limit_is_refused_as_too_broad() {
    String phrase = "\"" + "ab ".repeat(600) + "\"";
    ArticleQueryParser roomy =
        new ArticleQueryParser(
            LanguageAnalyzers.LANGUAGES, new ArticleQueryParser.Limits(5000, 32));

    assertThatThrownBy(() -> roomy.parseUserQuery(phrase))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("too broad");
  }

  /** Found by QueryParserFuzzTest: a broken /regex/ threw IllegalArgumentException. */
  @Test
  void slashes_ask_for_a_regular_expression_which_is_refused_with_a_hint() {
    assertThatThrownBy(() -> parser().parseUserQuery("title:mla/x_aAe\" -se/y"))
        .isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> parser().parseUserQuery("/[a-z]+/"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("regular expressions");
  }

  @Test
  void a_wildcard_too_complex_to_compile_is_a_syntax_error() {
    assertThatThrownBy(() -> parser().parseUserQuery("a" + "?*b".repeat(300)))
        .isInstanceOf(ParseException.class);
  }
}
