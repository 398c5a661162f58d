package org.rassegna.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.rassegna.store.index.ArticleQueryParser;
import org.rassegna.store.index.Fields;
import org.rassegna.store.index.LanguageAnalyzers;
import org.rassegna.store.internal.StoredArticle;

/**
 * Searches a corpus's index as of its last commit. Safe while an ingest writes: it reads a
 * committed point in time and never sees half a batch; {@link #refresh()} moves to the latest
 * commit. Thread-safe: one instance serves any number of concurrent searches, and it is meant to be
 * kept open, since each point in time builds its facet ordinals once.
 */
public final class CorpusSearch implements Closeable {
  private static final int FACET_TOP = 10;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int PASSAGES = 2;
  private static final String SNIPPET_FIELD = Fields.text(LanguageAnalyzers.NEUTRAL);
  private static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.ID,
          Fields.TITLE,
          Fields.SITE_NAME,
          Fields.PUBLISHED,
          Fields.LANGUAGE,
          Fields.AUTHORS,
          Fields.URL);
  private static final List<String> DIMENSIONS = dimensions();

  private final Directory directory;
  private final SearcherManager searchers;

  private CorpusSearch(Directory directory, SearcherManager searchers) {
    this.directory = directory;
    this.searchers = searchers;
  }

  /**
   * Opens the corpus's index for reading.
   *
   * @throws NoSuchFileException when the folder holds no index yet
   */
  public static CorpusSearch open(Path corpusDir) throws IOException {
    Directory d = FSDirectory.open(new CorpusLayout(corpusDir).index());
    try {
      if (!DirectoryReader.indexExists(d)) {
        throw new NoSuchFileException(
            "no corpus index in " + corpusDir + "; run 'rassegna ingest PATH' first");
      }
      return new CorpusSearch(d, new SearcherManager(d, FacetedSearcher.FACTORY));
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /** Moves to the index's latest commit, if there is a newer one; searches under way finish. */
  public void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  /** Articles in the index. */
  public long size() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  public SearchResults search(SearchRequest request) throws QuerySyntaxException, IOException {
    FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
    try {
      List<String> suffixes = suffixes(request.language(), searcher.stemmedLanguages());
      Query query;
      try {
        query = filtered(new ArticleQueryParser(suffixes).parseUserQuery(request.query()), request);
      } catch (ParseException e) {
        throw new QuerySyntaxException(e.getMessage());
      }
      return search(searcher, query, request);
    } finally {
      searchers.release(searcher);
    }
  }

  private static SearchResults search(FacetedSearcher searcher, Query query, SearchRequest request)
      throws IOException {
    int n = Math.max(1, request.limit());
    Optional<SortedSetDocValuesReaderState> facetState =
        request.facets() ? searcher.facetState() : Optional.empty();
    TopDocs top;
    Map<String, List<SearchResults.FacetCount>> facets = Map.of();
    if (facetState.isPresent()) {
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
      top = result.topDocs();
      facets =
          facets(new SortedSetDocValuesFacetCounts(facetState.get(), result.facetsCollector()));
    } else {
      top = searcher.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
    }
    long total = top.totalHits.value;
    if (top.totalHits.relation != TotalHits.Relation.EQUAL_TO) {
      total = searcher.count(query);
    }
    List<SearchHit> hits = request.limit() == 0 ? List.of() : hits(searcher, query, top);
    return new SearchResults(total, hits, facets);
  }

  /**
   * The neutral fields, and the stemmed fields of the language the user named or, without one, of
   * every language the index holds, so that a word finds its other forms in any of them.
   */
  private static List<String> suffixes(Optional<String> language, List<String> present) {
    List<String> out = new ArrayList<>(List.of(LanguageAnalyzers.NEUTRAL));
    if (language.isEmpty()) {
      out.addAll(present);
    } else {
      LanguageAnalyzers.stemmedSuffix(language.map(StoredArticle::primaryLanguage))
          .ifPresent(out::add);
    }
    return out;
  }

  private static Query filtered(Query q, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
    r.language()
        .ifPresent(
            l ->
                b.add(
                    term(Fields.LANGUAGE, StoredArticle.primaryLanguage(l)),
                    BooleanClause.Occur.FILTER));
    r.site()
        .ifPresent(s -> b.add(term(Fields.SITE, Fields.keyword(s)), BooleanClause.Occur.FILTER));
    r.author()
        .ifPresent(a -> b.add(term(Fields.AUTHOR, Fields.keyword(a)), BooleanClause.Occur.FILTER));
    r.entity()
        .ifPresent(e -> b.add(term(Fields.ENTITY, Fields.keyword(e)), BooleanClause.Occur.FILTER));
    if (r.from().isPresent() || r.to().isPresent()) {
      int from = r.from().map(d -> (int) d.toEpochDay()).orElse(Integer.MIN_VALUE);
      int to = r.to().map(d -> (int) d.toEpochDay()).orElse(Integer.MAX_VALUE);
      b.add(IntPoint.newRangeQuery(Fields.DAY_POINT, from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static List<String> dimensions() {
    List<String> out =
        new ArrayList<>(
            List.of(
                Fields.DIM_SITE,
                Fields.DIM_LANGUAGE,
                Fields.DIM_AUTHOR,
                Fields.DIM_SECTION,
                Fields.DIM_MONTH,
                Fields.DIM_DAY));
    out.addAll(Fields.ENTITY_DIMS);
    out.add(Fields.DIM_SPEAKER);
    out.add(Fields.DIM_EVENT_TYPE);
    return List.copyOf(out);
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static List<SearchHit> hits(FacetedSearcher searcher, Query query, TopDocs top)
      throws IOException {
    // Snippets come from the neutral text, the one field with offsets in its postings; a stemmed
    // match the neutral field lacks leaves the article's first passages instead.
    String[] snippets = searcher.highlighter().highlight(SNIPPET_FIELD, query, top, PASSAGES);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = stored.document(sd.doc, HIT_FIELDS);
      hits.add(
          new SearchHit(
              d.get(Fields.ID),
              sd.score,
              Optional.ofNullable(d.get(Fields.TITLE)),
              Optional.ofNullable(d.get(Fields.SITE_NAME)),
              Optional.ofNullable(d.get(Fields.PUBLISHED)),
              Optional.ofNullable(d.get(Fields.LANGUAGE)),
              Arrays.asList(d.getValues(Fields.AUTHORS)),
              Optional.ofNullable(d.get(Fields.URL)),
              snippets[i] == null ? "" : WHITESPACE.matcher(snippets[i]).replaceAll(" ").strip()));
    }
    return hits;
  }

  private static Map<String, List<SearchResults.FacetCount>> facets(Facets counts)
      throws IOException {
    Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : DIMENSIONS) {
      List<SearchResults.FacetCount> values = new ArrayList<>();
      FacetResult r = facetResult(counts, dim);
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.add(new SearchResults.FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  private static FacetResult facetResult(Facets counts, String dim) throws IOException {
    try {
      return counts.getTopChildren(FACET_TOP, dim);
    } catch (IllegalArgumentException noSuchDimension) {
      // A dimension no document has yet (no article with a section, say) counts as empty.
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }
}
