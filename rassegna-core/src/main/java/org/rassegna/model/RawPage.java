package org.rassegna.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One page as read from a source, before decoding: its bytes, what kind of content they hold, the
 * URL when the source knows it, the charset the transport declared (HTTP {@code Content-Type}; JSON
 * Lines declare UTF-8), and the fetch time (WARC-Date), which bounds any publication date found
 * inside.
 */
public record RawPage(
    SourceRef source,
    Optional<String> url,
    PageKind kind,
    byte[] content,
    Optional<String> declaredCharset,
    Optional<Instant> fetched)
    implements SourceItem {

  public RawPage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(declaredCharset, "declaredCharset");
    Objects.requireNonNull(fetched, "fetched");
  }

  /** A page with no transport metadata. */
  public static RawPage of(SourceRef source, PageKind kind, byte[] content) {
    return new RawPage(source, Optional.empty(), kind, content, Optional.empty(), Optional.empty());
  }

  public RawPage withUrl(String pageUrl) {
    return new RawPage(source, Optional.of(pageUrl), kind, content, declaredCharset, fetched);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawPage other
        && source.equals(other.source)
        && url.equals(other.url)
        && kind == other.kind
        && Arrays.equals(content, other.content)
        && declaredCharset.equals(other.declaredCharset)
        && fetched.equals(other.fetched);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, url, kind, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "RawPage[" + source.describe() + ", " + kind + ", " + content.length + " bytes]";
  }
}
