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
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.rassegna.store.index.ArticleDocuments;
import org.rassegna.store.index.ArticleQueryParser;
import org.rassegna.store.index.Fields;
import org.rassegna.store.index.LanguageAnalyzers;
import org.rassegna.store.internal.StoredArticle;

/**
 * Searches a corpus's index as of its last commit. Safe while an ingest writes: it reads the
 * committed point in time and never sees half a batch; {@link #open(Path)} again to see later
 * commits. Thread-safe for searching.
 */
public final class CorpusSearch implements Closeable {
  private static final int FACET_TOP = 10;
  private static final int PASSAGES = 2;
  private static final List<String> DIMENSIONS =
      List.of(
          Fields.DIM_SITE,
          Fields.DIM_LANGUAGE,
          Fields.DIM_AUTHOR,
          Fields.DIM_SECTION,
          Fields.DIM_MONTH,
          Fields.DIM_DAY);

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = LanguageAnalyzers.perField();
  private SortedSetDocValuesReaderState facetState;

  private CorpusSearch(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
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
      return new CorpusSearch(d, DirectoryReader.open(d));
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /** Articles in the index. */
  public long size() {
    return reader.numDocs();
  }

  public SearchResults search(SearchRequest request) throws QuerySyntaxException, IOException {
    List<String> suffixes = suffixes(request.language());
    Query query =
        filtered(new ArticleQueryParser(suffixes).parseUserQuery(request.query()), request);
    FacetsCollectorManager.FacetsResult result =
        FacetsCollectorManager.search(
            searcher, query, Math.max(1, request.limit()), new FacetsCollectorManager());
    TopDocs top = result.topDocs();
    long total = top.totalHits.value;
    if (top.totalHits.relation != org.apache.lucene.search.TotalHits.Relation.EQUAL_TO) {
      total = searcher.count(query);
    }
    List<SearchHit> hits = request.limit() == 0 ? List.of() : hits(query, top, suffixes);
    Map<String, List<SearchResults.FacetCount>> facets =
        request.facets() && facetState().isPresent()
            ? facets(
                new SortedSetDocValuesFacetCounts(facetState().get(), result.facetsCollector()))
            : Map.of();
    return new SearchResults(total, hits, facets);
  }

  private static List<String> suffixes(Optional<String> language) {
    return language
        .map(StoredArticle::primaryLanguage)
        .map(l -> List.of(LanguageAnalyzers.suffix(Optional.of(l))))
        .orElse(LanguageAnalyzers.SUFFIXES);
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
    if (r.from().isPresent() || r.to().isPresent()) {
      int from = r.from().map(d -> (int) d.toEpochDay()).orElse(Integer.MIN_VALUE);
      int to = r.to().map(d -> (int) d.toEpochDay()).orElse(Integer.MAX_VALUE);
      b.add(IntPoint.newRangeQuery(Fields.DAY_POINT, from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private List<SearchHit> hits(Query query, TopDocs top, List<String> suffixes) throws IOException {
    String[] fields = suffixes.stream().map(Fields::text).toArray(String[]::new);
    int[] passages = new int[fields.length];
    Arrays.fill(passages, PASSAGES);
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("**", "**", " … ", false))
            .build();
    Map<String, String[]> snippets = highlighter.highlightFields(fields, query, top, passages);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d =
          stored.document(
              sd.doc,
              Set.of(
                  Fields.ID,
                  Fields.TITLE,
                  Fields.SITE_NAME,
                  Fields.PUBLISHED,
                  Fields.LANGUAGE,
                  Fields.AUTHORS,
                  Fields.URL));
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
              snippet(snippets, fields, i)));
    }
    return hits;
  }

  private static String snippet(Map<String, String[]> snippets, String[] fields, int i) {
    for (String f : fields) {
      String s = snippets.get(f)[i];
      if (s != null && !s.isBlank()) {
        return s.replaceAll("\\s+", " ").strip();
      }
    }
    return "";
  }

  /** The facet ordinals of this reader, built once; empty when no document has a facet value. */
  private synchronized Optional<SortedSetDocValuesReaderState> facetState() throws IOException {
    if (facetState == null && reader.numDocs() > 0) {
      try {
        facetState =
            new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig());
      } catch (IllegalArgumentException noFacetField) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(facetState);
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
      reader.close();
    } finally {
      directory.close();
    }
  }
}
