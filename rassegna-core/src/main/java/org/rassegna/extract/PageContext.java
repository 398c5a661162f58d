package org.rassegna.extract;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rassegna.model.SourceRef;

/**
 * What an extractor knows about a page besides its text: where it came from, its URL, when it was
 * fetched, the options, and lines seen repeated across other pages of the same run (site
 * boilerplate for text dumps).
 */
public record PageContext(
    SourceRef source,
    Optional<String> url,
    Optional<Instant> fetched,
    ExtractOptions options,
    Set<String> repeatedLines) {

  public PageContext {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(fetched, "fetched");
    Objects.requireNonNull(options, "options");
    repeatedLines = Set.copyOf(repeatedLines);
  }

  public static PageContext of(SourceRef source) {
    return new PageContext(
        source, Optional.empty(), Optional.empty(), ExtractOptions.defaults(), Set.of());
  }
}
