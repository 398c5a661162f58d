package org.rassegna.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clean article: metadata and a body without boilerplate. Built with {@link #builder(String,
 * SourceRef)}; see {@code docs/schema.md} for the JSON form.
 */
public record Article(
    String id,
    SourceRef source,
    Optional<String> url,
    Optional<String> siteName,
    Optional<String> title,
    Optional<PublicationDate> published,
    Optional<PublicationDate> modified,
    List<String> authors,
    Optional<String> language,
    Optional<String> section,
    List<String> tags,
    Optional<String> description,
    PageType pageType,
    boolean paywalled,
    Body body,
    List<String> comments) {

  /** Version of the JSON schema in {@code docs/schema.md}. */
  public static final int SCHEMA_VERSION = 1;

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(modified, "modified");
    authors = List.copyOf(authors);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(section, "section");
    tags = List.copyOf(tags);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(pageType, "pageType");
    Objects.requireNonNull(body, "body");
    comments = List.copyOf(comments);
  }

  public String text() {
    return body.text();
  }

  public List<Block> blocks() {
    return body.blocks();
  }

  public static Builder builder(SourceRef source) {
    return new Builder(source);
  }

  /**
   * Collects an article's parts; {@link #build()} derives the id from URL or body. Text given to it
   * is made well-formed (unpaired surrogates become U+FFFD), so every sink can encode it.
   */
  public static final class Builder {
    private final SourceRef source;
    private Optional<String> url = Optional.empty();
    private Optional<String> siteName = Optional.empty();
    private Optional<String> title = Optional.empty();
    private Optional<PublicationDate> published = Optional.empty();
    private Optional<PublicationDate> modified = Optional.empty();
    private List<String> authors = List.of();
    private Optional<String> language = Optional.empty();
    private Optional<String> section = Optional.empty();
    private List<String> tags = List.of();
    private Optional<String> description = Optional.empty();
    private PageType pageType = PageType.ARTICLE;
    private boolean paywalled;
    private Body body = Body.empty();
    private List<String> comments = List.of();

    private Builder(SourceRef source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    public Builder url(Optional<String> v) {
      url = WellFormed.text(v);
      return this;
    }

    public Builder siteName(Optional<String> v) {
      siteName = WellFormed.text(v);
      return this;
    }

    public Builder title(Optional<String> v) {
      title = WellFormed.text(v);
      return this;
    }

    public Builder published(Optional<PublicationDate> v) {
      published = v;
      return this;
    }

    public Builder modified(Optional<PublicationDate> v) {
      modified = v;
      return this;
    }

    public Builder authors(List<String> v) {
      authors = WellFormed.texts(v);
      return this;
    }

    public Builder language(Optional<String> v) {
      language = v;
      return this;
    }

    public Builder section(Optional<String> v) {
      section = WellFormed.text(v);
      return this;
    }

    public Builder tags(List<String> v) {
      tags = WellFormed.texts(v);
      return this;
    }

    public Builder description(Optional<String> v) {
      description = WellFormed.text(v);
      return this;
    }

    public Builder pageType(PageType v) {
      pageType = v;
      return this;
    }

    public Builder paywalled(boolean v) {
      paywalled = v;
      return this;
    }

    public Builder body(Body v) {
      body = v;
      return this;
    }

    public Builder comments(List<String> v) {
      comments = WellFormed.texts(v);
      return this;
    }

    public Article build() {
      String id = ArticleIds.of(url, body.text());
      return new Article(
          id,
          source,
          url,
          siteName,
          title,
          published,
          modified,
          authors,
          language,
          section,
          tags,
          description,
          pageType,
          paywalled,
          body,
          comments);
    }
  }
}
