package org.rassegna.store.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.rassegna.store.internal.StoredArticle;
import org.rassegna.store.internal.StoredEnrichment;
import org.rassegna.store.internal.StoredEvent;
import org.rassegna.store.internal.StoredMention;
import org.rassegna.store.internal.StoredQuote;

/**
 * Turns a stored article into its Lucene document: the title and text in the neutral fields and,
 * when its language has them, in that language's stemmed fields; keyword fields for filters, stored
 * fields for display and facet values for counts, the entities it mentions, its speakers and the
 * types of its events included.
 */
public final class ArticleDocuments {
  private static final FacetsConfig CONFIG = facetsConfig();

  /**
   * The neutral text: stored for display, with offsets in the postings so that snippets come
   * straight from the index instead of analysing the stored text again for every hit.
   */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private ArticleDocuments() {}

  /** The facet configuration; the searcher must count with the same one. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued(Fields.DIM_AUTHOR, true);
    Fields.ENTITY_DIMS.forEach(dim -> c.setMultiValued(dim, true));
    c.setMultiValued(Fields.DIM_SPEAKER, true);
    c.setMultiValued(Fields.DIM_EVENT_TYPE, true);
    return c;
  }

  public static Document of(StoredArticle a) throws IOException {
    Document d = new Document();
    Optional<String> stemmed = LanguageAnalyzers.stemmedSuffix(a.language());
    d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    a.url().ifPresent(u -> d.add(new StoredField(Fields.URL, u)));
    a.title()
        .ifPresent(
            t -> {
              d.add(new StoredField(Fields.TITLE, t));
              d.add(new TextField(Fields.title(LanguageAnalyzers.NEUTRAL), t, Field.Store.NO));
              stemmed.ifPresent(s -> d.add(new TextField(Fields.title(s), t, Field.Store.NO)));
            });
    d.add(new Field(Fields.text(LanguageAnalyzers.NEUTRAL), a.text(), TEXT_WITH_OFFSETS));
    stemmed.ifPresent(s -> d.add(new TextField(Fields.text(s), a.text(), Field.Store.NO)));
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
    addEntities(d, a.enrichment().mentions());
    addQuotesAndEvents(d, a.enrichment());
    return CONFIG.build(d);
  }

  /**
   * Each speaker and each event type once: like the entity facets they count articles. A negated
   * event ("did not discuss") is left out, since the article says it did not happen.
   */
  private static void addQuotesAndEvents(Document d, StoredEnrichment e) {
    Set<String> speakers = new HashSet<>();
    for (StoredQuote q : e.quotes()) {
      q.speakerName()
          .map(String::strip)
          .filter(n -> !n.isEmpty() && speakers.add(n))
          .ifPresent(n -> d.add(new SortedSetDocValuesFacetField(Fields.DIM_SPEAKER, n)));
    }
    Set<String> types = new HashSet<>();
    for (StoredEvent ev : e.events()) {
      if (!ev.negated() && types.add(ev.type())) {
        d.add(new SortedSetDocValuesFacetField(Fields.DIM_EVENT_TYPE, ev.type()));
      }
    }
  }

  /**
   * Each entity once, however often it is mentioned: its id and name as {@code entity} terms, its
   * name under its type's facet dimension. Facets count articles, not mentions.
   */
  private static void addEntities(Document d, List<StoredMention> mentions) {
    Set<String> terms = new HashSet<>();
    Set<String> facets = new HashSet<>();
    for (StoredMention m : mentions) {
      m.entityId().ifPresent(id -> entityTerm(d, terms, id));
      entityTerm(d, terms, m.entityName());
      String dim = Fields.entityDimension(m.entityType());
      String name = m.entityName().strip();
      if (!name.isEmpty() && Fields.ENTITY_DIMS.contains(dim) && facets.add(dim + ':' + name)) {
        d.add(new SortedSetDocValuesFacetField(dim, name));
      }
    }
  }

  /** Adds the value as an {@code entity} term unless the document has it already. */
  private static void entityTerm(Document d, Set<String> added, String value) {
    String term = Fields.keyword(value);
    if (!term.isEmpty() && added.add(term)) {
      d.add(new StringField(Fields.ENTITY, term, Field.Store.NO));
    }
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  private static void addDay(Document d, LocalDate day) {
    d.add(new IntPoint(Fields.DAY_POINT, (int) day.toEpochDay()));
    d.add(new SortedSetDocValuesFacetField(Fields.DIM_DAY, day.toString()));
    d.add(new SortedSetDocValuesFacetField(Fields.DIM_MONTH, day.toString().substring(0, 7)));
  }
}
