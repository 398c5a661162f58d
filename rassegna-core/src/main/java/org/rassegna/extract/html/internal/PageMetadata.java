package org.rassegna.extract.html.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about itself in markup: the fields of an article other than body and dates, plus
 * the signals the page-type guess needs.
 *
 * @param articleMarkup whether JSON-LD or {@code og:type} declares the page an article
 * @param listingMarkup whether JSON-LD or {@code og:type} declares the page a listing
 * @param teaserLinks how many h2/h3 headings hold a link, as teasers on listings do
 */
public record PageMetadata(
    Optional<String> url,
    Optional<String> siteName,
    Optional<String> title,
    List<String> authors,
    Optional<String> language,
    Optional<String> section,
    List<String> tags,
    Optional<String> description,
    boolean paywalled,
    boolean articleMarkup,
    boolean listingMarkup,
    int teaserLinks) {

  public PageMetadata {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(section, "section");
    tags = List.copyOf(tags);
    Objects.requireNonNull(description, "description");
  }
}
