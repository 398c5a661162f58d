package org.rassegna.extract.date;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;

/**
 * Dates from {@code <meta>} tags named by {@code property}, {@code name} or {@code http-equiv}
 * (Open Graph, Dublin Core, Sailthru, Parse.ly and the usual home-grown names). Specific
 * publication names outrank generic ones such as {@code date}, which outrank unknown names that say
 * "published", "created" or "uploaded". Tags named only by {@code itemprop} are microdata and
 * belong to {@link MarkupDates}, since they also sit inside teasers.
 */
final class MetaDates {
  private static final int GENERIC = 1;
  private static final int GUESSED = 2;
  private static final List<String> SPECIFIC =
      List.of(
          "article:published_time",
          "article:published",
          "og:published_time",
          "og:article:published_time",
          "article.published",
          "published_time",
          "datepublished",
          "date_published",
          "publishdate",
          "publish-date",
          "publish_date",
          "published-date",
          "published_date",
          "publication_date",
          "pubdate",
          "pub_date",
          "og:pubdate",
          "bt:pubdate",
          "rnews:datepublished",
          "dc.date.issued",
          "dcterms.issued",
          "dc.date.created",
          "dcterms.created",
          "dc.date.published",
          "dc.created",
          "datecreated",
          "article.created",
          "creation_date",
          "sailthru.date",
          "parsely-pub-date",
          "article_date_original",
          "original-publish-date",
          "originalpublicationdate",
          "cxenseparse:recs:publishtime",
          "citation_publication_date",
          "citation_date",
          "release_date",
          "displaydate");
  private static final List<String> GENERIC_NAMES =
      List.of("date", "dc.date", "dcterms.date", "dc:date", "parsely-page", "timestamp", "created");
  private static final Map<String, Integer> PUBLISHED = published();
  private static final List<String> MODIFIED =
      List.of(
          "article:modified_time",
          "article:modified",
          "og:updated_time",
          "og:modified_time",
          "modified_time",
          "updated_time",
          "datemodified",
          "dcterms.modified",
          "dc.date.modified",
          "article.updated",
          "sailthru.lastmodified",
          "lastmod",
          "last-modified",
          "modified",
          "revised");

  private MetaDates() {}

  /** The page's dates according to its meta tags; either may be absent. */
  static PageDates find(DateMarkup markup, Function<String, Optional<PublicationDate>> parse) {
    Optional<PublicationDate> published = Optional.empty();
    int publishedRank = Integer.MAX_VALUE;
    Optional<PublicationDate> modified = Optional.empty();
    for (Element meta : markup.metas) {
      String key = key(meta);
      String content = meta.attr("content");
      if (key.isEmpty() || content.isBlank()) {
        continue;
      }
      Integer rank = PUBLISHED.getOrDefault(key, looksPublished(key) ? GUESSED : null);
      if (rank != null && rank < publishedRank) {
        Optional<PublicationDate> d = parse.apply(content);
        if (d.isPresent()) {
          published = d;
          publishedRank = rank;
        }
      } else if (modified.isEmpty() && MODIFIED.contains(key)) {
        modified = parse.apply(content);
      }
    }
    return new PageDates(
        published.map(d -> d.withSource(DateSource.META)),
        modified.map(d -> d.withSource(DateSource.META)));
  }

  /**
   * Site-specific names ("five_hundred_pixels:uploaded", "bt:publishDate") that still say what they
   * hold; trusted least.
   */
  private static boolean looksPublished(String key) {
    boolean says =
        key.contains("publish")
            || key.contains("upload")
            || key.contains("created")
            || key.contains("release");
    return says && !key.contains("modif") && !key.contains("updat") && !key.contains("expir");
  }

  private static String key(Element meta) {
    for (String attr : List.of("property", "name", "http-equiv")) {
      String v = meta.attr(attr);
      if (!v.isBlank()) {
        return v.strip().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  private static Map<String, Integer> published() {
    Map<String, Integer> m = new HashMap<>();
    SPECIFIC.forEach(k -> m.put(k, 0));
    GENERIC_NAMES.forEach(k -> m.put(k, GENERIC));
    return Map.copyOf(m);
  }
}
