package org.rassegna.extract.html.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link PageMetadata} from a parsed page before any cleaning, preferring structured data
 * (JSON-LD, Open Graph, {@code article:*} meta) over plain markup, because publishers fill the
 * structured fields for search engines and social cards with more care than their templates.
 */
public final class MetadataReader {
  private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]{2})(?:[-_].*)?$");
  private static final int MAX_TAGS = 30;

  /**
   * Tracking and layout flags that CMSs put among keywords ({@code @post-id:123}, {@code
   * ctp_video}).
   */
  private static final Pattern JUNK_TAG = Pattern.compile("[@_:=/<>{}]|^[^\\p{L}]*$");

  private MetadataReader() {}

  public static PageMetadata read(Document doc, Optional<String> pageUrl) {
    MarkupScan scan = MarkupScan.of(doc);
    MetaTags meta = MetaTags.of(scan);
    JsonLd ld = JsonLd.of(scan);
    Optional<JsonNode> article = ld.article();
    Optional<String> url = canonical(scan, meta).or(() -> pageUrl);
    Optional<String> siteName =
        meta.first("og:site_name", "application-name")
            .or(() -> article.flatMap(a -> JsonLd.text(a, "publisher")))
            .or(() -> ld.ofType("Organization").flatMap(o -> JsonLd.text(o, "name")))
            .map(Text::clean);
    Optional<String> host = url.or(() -> pageUrl).flatMap(MetadataReader::host);
    Optional<String> title =
        Titles.find(
            doc, scan, meta, article.flatMap(a -> JsonLd.text(a, "headline")), siteName, host);
    String ogType = meta.first("og:type").orElse("").toLowerCase(Locale.ROOT);
    return new PageMetadata(
        url,
        siteName,
        title,
        Authors.find(scan, meta, article),
        language(scan, meta, article),
        meta.first("article:section", "section", "parsely-section")
            .or(() -> article.flatMap(a -> JsonLd.text(a, "articleSection")))
            .map(Text::clean),
        tags(meta, article),
        meta.first("description", "og:description", "twitter:description")
            .or(() -> article.flatMap(a -> JsonLd.text(a, "description")))
            .map(Text::clean),
        paywalled(meta, article),
        article.isPresent() || ogType.equals("article"),
        ld.hasListing() || ogType.equals("website") && article.isEmpty(),
        scan.teasers);
  }

  private static Optional<String> canonical(MarkupScan scan, MetaTags meta) {
    Element link = scan.canonical;
    String href = link == null ? "" : link.absUrl("href");
    if (href.isEmpty() && link != null) {
      href = link.attr("href").strip();
    }
    if (href.startsWith("http")) {
      return Optional.of(href);
    }
    return meta.first("og:url").filter(u -> u.startsWith("http"));
  }

  private static Optional<String> host(String url) {
    try {
      return Optional.ofNullable(URI.create(url.strip()).getHost());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** ISO 639-1 code from {@code <html lang>}, {@code og:locale}, content-language or JSON-LD. */
  static Optional<String> language(MarkupScan scan, MetaTags meta, Optional<JsonNode> article) {
    Element html = scan.html;
    List<String> candidates = new ArrayList<>();
    if (html != null) {
      candidates.add(html.attr("lang"));
      candidates.add(html.attr("xml:lang"));
    }
    meta.first("og:locale").ifPresent(candidates::add);
    meta.first("content-language", "language", "dc.language").ifPresent(candidates::add);
    article.flatMap(a -> JsonLd.text(a, "inLanguage")).ifPresent(candidates::add);
    for (String c : candidates) {
      var m = LANGUAGE.matcher(c.strip().split("[,;\\s]")[0]);
      if (m.matches()) {
        return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  private static List<String> tags(MetaTags meta, Optional<JsonNode> article) {
    Map<String, String> tags = new LinkedHashMap<>();
    List<String> raw = new ArrayList<>(meta.all("article:tag"));
    if (raw.isEmpty()) {
      meta.first("news_keywords", "keywords").ifPresent(raw::add);
    }
    if (raw.isEmpty()) {
      article.ifPresent(a -> raw.addAll(JsonLd.texts(a, "keywords")));
    }
    for (String r : raw) {
      for (String t : r.split(",")) {
        String c = Text.clean(t);
        if (!c.isEmpty() && !JUNK_TAG.matcher(c).find() && tags.size() < MAX_TAGS) {
          tags.putIfAbsent(c.toLowerCase(Locale.ROOT), c);
        }
      }
    }
    return List.copyOf(tags.values());
  }

  private static boolean paywalled(MetaTags meta, Optional<JsonNode> article) {
    String tier = meta.first("article:content_tier").orElse("").toLowerCase(Locale.ROOT);
    if (tier.equals("locked") || tier.equals("metered")) {
      return true;
    }
    if (article.isEmpty()) {
      return false;
    }
    JsonNode free = article.get().get("isAccessibleForFree");
    if (free != null && "false".equalsIgnoreCase(free.asText())) {
      return true;
    }
    JsonNode parts = article.get().get("hasPart");
    if (parts != null) {
      for (JsonNode p : parts.isArray() ? parts : List.of(parts)) {
        JsonNode f = p.get("isAccessibleForFree");
        if (f != null && "false".equalsIgnoreCase(f.asText())) {
          return true;
        }
      }
    }
    return false;
  }
}
