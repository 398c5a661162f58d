package org.rassegna.store.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.rassegna.model.Article;
import org.rassegna.model.SourceRef;

/**
 * An article as the corpus stores it: flat, display-ready values that both the DuckDB row and the
 * Lucene document are built from, so that either store can be rebuilt from the other's source.
 */
public record StoredArticle(
    String id,
    Optional<String> url,
    Optional<String> siteName,
    Optional<String> title,
    Optional<String> published,
    Optional<LocalDate> publishedDay,
    Optional<String> language,
    List<String> authors,
    Optional<String> section,
    List<String> tags,
    String pageType,
    String text,
    String sourcePath,
    Optional<Long> sourceOffset,
    Optional<Long> sourceLine,
    String contentHash,
    Optional<String> duplicateOf,
    long batchId,
    StoredEnrichment enrichment) {

  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publishedDay, "publishedDay");
    Objects.requireNonNull(language, "language");
    authors = List.copyOf(authors);
    Objects.requireNonNull(section, "section");
    tags = List.copyOf(tags);
    Objects.requireNonNull(pageType, "pageType");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(sourceOffset, "sourceOffset");
    Objects.requireNonNull(sourceLine, "sourceLine");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    Objects.requireNonNull(enrichment, "enrichment");
  }

  /** The stored form of an extracted article without enrichment, not yet assigned to a batch. */
  public static StoredArticle of(Article a) {
    return of(a, StoredEnrichment.none());
  }

  /**
   * The stored form of an extracted article and what enrichment found, not yet assigned to a batch;
   * the language is chosen by {@link LanguageChoice}.
   */
  public static StoredArticle of(Article a, StoredEnrichment enrichment) {
    Optional<String> declared =
        a.language().map(StoredArticle::primaryLanguage).filter(l -> !l.isEmpty());
    return new StoredArticle(
        a.id(),
        a.url(),
        a.siteName().filter(s -> !s.isBlank()),
        a.title(),
        a.published().map(p -> p.iso()),
        a.published().map(p -> p.date()),
        LanguageChoice.of(declared, enrichment),
        a.authors(),
        a.section().filter(s -> !s.isBlank()),
        a.tags(),
        a.pageType().name().toLowerCase(Locale.ROOT),
        a.text(),
        a.source().path(),
        a.source().offset(),
        a.source().line(),
        ContentHash.of(a),
        Optional.empty(),
        0,
        enrichment);
  }

  /** The primary subtag, lower case: {@code it-IT} and {@code IT} both give {@code it}. */
  public static String primaryLanguage(String tag) {
    String t = tag.strip().toLowerCase(Locale.ROOT);
    int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
    return cut > 0 ? t.substring(0, cut) : t;
  }

  public StoredArticle withDuplicateOf(Optional<String> canonicalId) {
    return new StoredArticle(
        id,
        url,
        siteName,
        title,
        published,
        publishedDay,
        language,
        authors,
        section,
        tags,
        pageType,
        text,
        sourcePath,
        sourceOffset,
        sourceLine,
        contentHash,
        canonicalId,
        batchId,
        enrichment);
  }

  public StoredArticle withBatch(long batch) {
    return new StoredArticle(
        id,
        url,
        siteName,
        title,
        published,
        publishedDay,
        language,
        authors,
        section,
        tags,
        pageType,
        text,
        sourcePath,
        sourceOffset,
        sourceLine,
        contentHash,
        duplicateOf,
        batch,
        enrichment);
  }

  public StoredArticle withEnrichment(StoredEnrichment e) {
    return new StoredArticle(
        id,
        url,
        siteName,
        title,
        published,
        publishedDay,
        language,
        authors,
        section,
        tags,
        pageType,
        text,
        sourcePath,
        sourceOffset,
        sourceLine,
        contentHash,
        duplicateOf,
        batchId,
        e);
  }

  /** The source location as one key: {@code path@offset:line}. */
  public String sourceKey() {
    return sourceKey(sourcePath, sourceOffset, sourceLine);
  }

  /** The key of an input record's location, the same for every run over the same input. */
  public static String sourceKey(SourceRef source) {
    return sourceKey(source.path(), source.offset(), source.line());
  }

  private static String sourceKey(String path, Optional<Long> offset, Optional<Long> line) {
    StringBuilder sb = new StringBuilder(path);
    offset.ifPresent(o -> sb.append('@').append(o));
    line.ifPresent(l -> sb.append(':').append(l));
    return sb.toString();
  }
}
