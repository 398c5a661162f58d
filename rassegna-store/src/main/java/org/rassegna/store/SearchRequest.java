package org.rassegna.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A search: the user's query text and optional filters. {@code language} also narrows the fields
 * searched to that language's, so the query is analysed only its way.
 */
public record SearchRequest(
    String query,
    Optional<String> language,
    Optional<String> site,
    Optional<String> author,
    Optional<String> entity,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    int limit,
    boolean facets) {

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + limit);
    }
  }

  /** A query without filters, ten hits, no facets. */
  public static SearchRequest of(String query) {
    return new SearchRequest(
        query,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        10,
        false);
  }

  public SearchRequest withLanguage(String lang) {
    return new SearchRequest(
        query, Optional.of(lang), site, author, entity, from, to, limit, facets);
  }

  public SearchRequest withSite(String s) {
    return new SearchRequest(
        query, language, Optional.of(s), author, entity, from, to, limit, facets);
  }

  public SearchRequest withAuthor(String a) {
    return new SearchRequest(
        query, language, site, Optional.of(a), entity, from, to, limit, facets);
  }

  /** Only articles mentioning this entity: a knowledge-base id ({@code Q7747}) or a name. */
  public SearchRequest withEntity(String e) {
    return new SearchRequest(
        query, language, site, author, Optional.of(e), from, to, limit, facets);
  }

  public SearchRequest withDates(Optional<LocalDate> f, Optional<LocalDate> t) {
    return new SearchRequest(query, language, site, author, entity, f, t, limit, facets);
  }

  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, language, site, author, entity, from, to, n, facets);
  }

  public SearchRequest withFacets(boolean on) {
    return new SearchRequest(query, language, site, author, entity, from, to, limit, on);
  }
}
