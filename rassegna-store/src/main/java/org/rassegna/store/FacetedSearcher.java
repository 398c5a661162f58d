package org.rassegna.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.rassegna.store.index.ArticleDocuments;
import org.rassegna.store.index.Fields;
import org.rassegna.store.index.LanguageAnalyzers;

/**
 * A searcher over one point in time of the index, with what is worth building once per reader
 * rather than once per query: the facet ordinals (mapping every facet value of every segment to a
 * global ordinal costs far more than counting a query's hits), the highlighter and the languages
 * present. Made by {@link #FACTORY} for a {@code SearcherManager}, so it lives exactly as long as
 * its reader.
 */
final class FacetedSearcher extends IndexSearcher {
  /** Makes a faceted searcher for each reader a {@code SearcherManager} opens. */
  static final SearcherFactory FACTORY =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
            throws IOException {
          return new FacetedSearcher(reader);
        }
      };

  private final UnifiedHighlighter highlighter;
  private final List<String> stemmedLanguages;
  private SortedSetDocValuesReaderState facetState;
  private boolean noFacets;

  private FacetedSearcher(IndexReader reader) throws IOException {
    super(reader);
    this.stemmedLanguages = stemmedLanguages(reader);
    // Term-by-term matching (not the Matches API) is several times faster per hit, and phrases
    // still highlight whole: common-word phrases are single gram terms with their own offsets.
    this.highlighter =
        UnifiedHighlighter.builder(this, LanguageAnalyzers.indexTime())
            .withWeightMatches(false)
            .withFormatter(new DefaultPassageFormatter("**", "**", " … ", false))
            .build();
  }

  /**
   * The languages with stemmed fields that some article of this reader is in; a query need not look
   * in the others' fields, and every field looked in costs an analysis of each query word.
   */
  List<String> stemmedLanguages() {
    return stemmedLanguages;
  }

  private static List<String> stemmedLanguages(IndexReader reader) throws IOException {
    List<String> out = new ArrayList<>();
    Terms languages = MultiTerms.getTerms(reader, Fields.LANGUAGE);
    if (languages != null) {
      TermsEnum e = languages.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        String l = t.utf8ToString();
        if (LanguageAnalyzers.LANGUAGES.contains(l)) {
          out.add(l);
        }
      }
    }
    return List.copyOf(out);
  }

  /** The highlighter for this reader; thread-safe. */
  UnifiedHighlighter highlighter() {
    return highlighter;
  }

  /**
   * The facet ordinals of this reader, built on first use so that a search without facets never
   * pays for them; empty when no document has a facet value.
   */
  synchronized Optional<SortedSetDocValuesReaderState> facetState() throws IOException {
    if (facetState == null && !noFacets) {
      try {
        facetState =
            new DefaultSortedSetDocValuesReaderState(
                getIndexReader(), ArticleDocuments.facetsConfig());
      } catch (IllegalArgumentException noFacetField) {
        noFacets = true;
      }
    }
    return Optional.ofNullable(facetState);
  }
}
