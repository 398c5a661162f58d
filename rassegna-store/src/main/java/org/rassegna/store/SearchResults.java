package org.rassegna.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search: how many articles matched, the top hits, and (when asked) the counts of
 * the matching articles per value of each facet dimension, highest first.
 */
public record SearchResults(
    long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** One facet value and how many matching articles have it. */
  public record FacetCount(String value, long count) {}
}
