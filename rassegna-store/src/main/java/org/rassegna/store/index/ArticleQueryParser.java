package org.rassegna.store.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.rassegna.store.internal.StoredArticle;

/**
 * The user's query syntax: words (all required), {@code "phrases"}, {@code -exclusions}, {@code
 * OR}, {@code prefix*} and {@code field:value} with the fields {@code title}, {@code text}, {@code
 * site}, {@code lang}, {@code author}, {@code section} and {@code entity} (a knowledge-base id such
 * as {@code entity:Q7747} or a name in quotes, {@code entity:"Vladimir Putin"}). A bare word is
 * looked for in the title (weighted up) and the text of each field suffix given (the neutral fields
 * and stemmed fields, see {@link LanguageAnalyzers}), each analysed with its own analyzer; phrases
 * and patterns in the neutral fields only. Not thread-safe: one parser per query.
 */
public final class ArticleQueryParser extends QueryParser {
  private static final String ANY = "_any";
  private static final float TITLE_BOOST = 2f;
  private static final Map<String, String> KEYWORDS =
      Map.of(
          "site", Fields.SITE,
          "lang", Fields.LANGUAGE,
          "language", Fields.LANGUAGE,
          "author", Fields.AUTHOR,
          "section", Fields.SECTION,
          "entity", Fields.ENTITY);

  /** Parentheses nest no deeper than this: the generated parser recurses once per level. */
  private static final int MAX_NESTING = 20;

  private final List<String> suffixes;
  private final Limits limits;
  private int clauses;

  /**
   * Bounds on what one query may ask, so a pasted document or a generated query cannot tie up the
   * index: every bare word becomes a clause per language field, so clauses multiply.
   *
   * @param maxChars longest query text accepted
   * @param maxClauses most words, phrases and groups the query may join
   */
  public record Limits(int maxChars, int maxClauses) {
    public static final Limits DEFAULTS = new Limits(1000, 32);

    public Limits {
      if (maxChars <= 0 || maxClauses <= 0) {
        throw new IllegalArgumentException(
            "query limits must be positive, got "
                + maxChars
                + " chars, "
                + maxClauses
                + " clauses");
      }
    }
  }

  /** A parser searching the fields of the given language suffixes, with the default limits. */
  public ArticleQueryParser(List<String> suffixes) {
    this(suffixes, Limits.DEFAULTS);
  }

  public ArticleQueryParser(List<String> suffixes, Limits limits) {
    super(ANY, LanguageAnalyzers.queryTime());
    this.suffixes = List.copyOf(suffixes);
    this.limits = limits;
    setDefaultOperator(QueryParser.Operator.AND);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  /**
   * Parses a query, or throws with a one-line message that says what is wrong. A query of only
   * exclusions matches everything but them. A query over the {@link Limits}, or one whose expansion
   * over the language fields would exceed Lucene's clause limit at search time, is refused here.
   */
  public Query parseUserQuery(String text) throws ParseException {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    checkShape(text);
    try {
      Query q = withPositiveClause(parse(text));
      if (leaves(q) > IndexSearcher.getMaxClauseCount()) {
        throw new ParseException(
            "query is too broad: it expands to more than "
                + IndexSearcher.getMaxClauseCount()
                + " terms over the language fields; use fewer words or lang:");
      }
      return q;
    } catch (ParseException | TokenMgrError e) {
      throw new ParseException(
          "cannot parse query '" + text + "': " + hint(text).orElse(firstLine(e.getMessage())));
    } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
      // Wildcards compile to automata while parsing; a pattern they cannot build is bad syntax.
      throw new ParseException("cannot parse query '" + text + "': " + firstLine(e.getMessage()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new ParseException("query '" + text + "' is too broad: " + e.getMessage());
    }
  }

  private void checkShape(String text) throws ParseException {
    if (text.length() > limits.maxChars()) {
      throw new ParseException(
          "query is " + text.length() + " characters long, over the limit of " + limits.maxChars());
    }
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth > MAX_NESTING) {
        throw new ParseException("query nests parentheses more than " + MAX_NESTING + " deep");
      }
    }
  }

  private static int leaves(Query q) {
    int[] count = {0};
    q.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            count[0] += Math.max(1, terms.length);
          }

          @Override
          public void visitLeaf(Query query) {
            count[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return count[0];
  }

  @Override
  protected Query getBooleanQuery(List<BooleanClause> group) throws ParseException {
    clauses += group.size();
    if (clauses > limits.maxClauses()) {
      throw new ParseException(
          "the query joins more than " + limits.maxClauses() + " words, phrases and groups");
    }
    return super.getBooleanQuery(group);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    return map(field, queryText, quoted, f -> super.getFieldQuery(f, queryText, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return map(field, queryText, true, f -> super.getFieldQuery(f, queryText, slop));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return map(field, termStr, true, f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if ("*".equals(field) && "*".equals(termStr)) {
      return new MatchAllDocsQuery();
    }
    return map(field, termStr, true, f -> super.getWildcardQuery(f, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    return map(field, termStr, true, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException(
        "regular expressions (/.../) are not supported; put words with slashes in quotes");
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    throw new ParseException("ranges are not supported; filter dates with --from and --to");
  }

  /** A per-field query builder that may fail like the parser does. */
  private interface PerField {
    Query build(String field) throws ParseException;
  }

  /**
   * The query for {@code field:text}: a keyword term, or the user's word in the title and text
   * fields. Phrases, prefixes, wildcards and fuzzy terms ({@code exact}) go to the neutral fields
   * only: they ask for the words as written, and a phrase in a stemmed field has no common grams to
   * make it cheap.
   */
  private Query map(String field, String text, boolean exact, PerField perField)
      throws ParseException {
    if (field.startsWith("title_") || field.startsWith("text_")) {
      // The parser's own phrase handling calls back with a concrete per-language field.
      return perField.build(field);
    }
    String keywordField = KEYWORDS.get(field);
    if (keywordField != null) {
      String value =
          Fields.LANGUAGE.equals(keywordField)
              ? StoredArticle.primaryLanguage(text)
              : Fields.keyword(text);
      return new TermQuery(new Term(keywordField, value));
    }
    List<Query> alternatives = new ArrayList<>();
    boolean inTitle = ANY.equals(field) || "title".equals(field);
    boolean inText = ANY.equals(field) || "text".equals(field);
    for (String s : exact ? List.of(LanguageAnalyzers.NEUTRAL) : suffixes) {
      Query textQuery = inText ? perField.build(Fields.text(s)) : null;
      if (inTitle) {
        // Title and text share their analyzer: a word that is one term needs no second analysis.
        Query title =
            textQuery instanceof TermQuery t
                ? new TermQuery(new Term(Fields.title(s), t.getTerm().bytes()))
                : perField.build(Fields.title(s));
        add(alternatives, title, ANY.equals(field) ? TITLE_BOOST : 1f);
      }
      add(alternatives, textQuery, 1f);
    }
    if (!ANY.equals(field) && !"title".equals(field) && !"text".equals(field)) {
      throw new ParseException(
          "unknown field '" + field + ":'; use title, text, site, lang, author, section or entity");
    }
    if (alternatives.isEmpty()) {
      return new MatchNoDocsQuery("only stop words");
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    alternatives.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  private static void add(List<Query> out, Query q, float boost) {
    if (q != null) {
      out.add(boost == 1f ? q : new BoostQuery(q, boost));
    }
  }

  private static Query withPositiveClause(Query q) {
    if (q instanceof BooleanQuery b
        && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      b.clauses().forEach(all::add);
      return all.build();
    }
    return q;
  }

  /** A plain-words reason for the commonest mistakes, which the parser words obscurely. */
  private static Optional<String> hint(String text) {
    if (text.chars().filter(ch -> ch == '"').count() % 2 == 1) {
      return Optional.of("a quote is not closed");
    }
    if (text.chars().filter(ch -> ch == '(').count()
        != text.chars().filter(ch -> ch == ')').count()) {
      return Optional.of("parentheses do not match");
    }
    return Optional.empty();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    String line = message.strip().lines().findFirst().orElse("syntax error");
    return line.replaceFirst("^Cannot parse '.*?': ", "");
  }
}
