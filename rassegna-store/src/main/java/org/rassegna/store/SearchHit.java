package org.rassegna.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ranked result: display fields and a snippet of the text with the matched words between {@code
 * **} marks.
 */
public record SearchHit(
    String id,
    float score,
    Optional<String> title,
    Optional<String> site,
    Optional<String> published,
    Optional<String> language,
    List<String> authors,
    Optional<String> url,
    String snippet) {

  public SearchHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    authors = List.copyOf(authors);
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(snippet, "snippet");
  }
}
