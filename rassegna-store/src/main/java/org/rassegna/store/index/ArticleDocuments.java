package org.rassegna.store.index;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.rassegna.store.internal.StoredArticle;

/**
 * Turns a stored article into its Lucene document: the title and text in the fields of its
 * language, keyword fields for filters, stored fields for display and facet values for counts.
 */
public final class ArticleDocuments {
  private static final FacetsConfig CONFIG = facetsConfig();

  private ArticleDocuments() {}

  /** The facet configuration; the searcher must count with the same one. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued(Fields.DIM_AUTHOR, true);
    return c;
  }

  public static Document of(StoredArticle a) throws IOException {
    Document d = new Document();
    String suffix = LanguageAnalyzers.suffix(a.language());
    d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    a.url().ifPresent(u -> d.add(new StoredField(Fields.URL, u)));
    a.title()
        .ifPresent(
            t -> {
              d.add(new StoredField(Fields.TITLE, t));
              d.add(new TextField(Fields.title(suffix), t, Field.Store.NO));
            });
    d.add(new TextField(Fields.text(suffix), a.text(), Field.Store.YES));
    a.siteName()
        .ifPresent(
            s -> {
              d.add(new StoredField(Fields.SITE_NAME, s));
              d.add(new StringField(Fields.SITE, Fields.keyword(s), Field.Store.NO));
              d.add(new SortedSetDocValuesFacetField(Fields.DIM_SITE, s));
            });
    a.language()
        .ifPresent(
            l -> {
              d.add(new StringField(Fields.LANGUAGE, l, Field.Store.YES));
              d.add(new SortedSetDocValuesFacetField(Fields.DIM_LANGUAGE, l));
            });
    for (String author : a.authors()) {
      if (!author.isBlank()) {
        d.add(new StoredField(Fields.AUTHORS, author));
        d.add(new StringField(Fields.AUTHOR, Fields.keyword(author), Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(Fields.DIM_AUTHOR, author));
      }
    }
    a.section()
        .filter(s -> !s.isBlank())
        .ifPresent(
            s -> {
              d.add(new StringField(Fields.SECTION, Fields.keyword(s), Field.Store.NO));
              d.add(new SortedSetDocValuesFacetField(Fields.DIM_SECTION, s));
            });
    a.published().ifPresent(p -> d.add(new StoredField(Fields.PUBLISHED, p)));
    a.publishedDay().ifPresent(day -> addDay(d, day));
    return CONFIG.build(d);
  }

  private static void addDay(Document d, LocalDate day) {
    d.add(new IntPoint(Fields.DAY_POINT, (int) day.toEpochDay()));
    d.add(new SortedSetDocValuesFacetField(Fields.DIM_DAY, day.toString()));
    d.add(new SortedSetDocValuesFacetField(Fields.DIM_MONTH, day.toString().substring(0, 7)));
  }
}
