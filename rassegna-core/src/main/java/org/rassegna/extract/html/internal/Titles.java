package org.rassegna.extract.html.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * The headline of a page. Structured headlines ({@code og:title}, JSON-LD {@code headline}) come
 * first, then the page's {@code <h1>}, then {@code <title>}; whatever wins loses a site-name suffix
 * or prefix such as {@code " | The Site"}, because {@code <title>} and often {@code og:title} carry
 * one.
 */
public final class Titles {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•«»/]\\s+|\\s*[|•»«]\\s*");

  private static final Pattern AFTER_HEADLINE = Pattern.compile("\\s*[|\\-–—:·•«»/]");
  private static final int MIN_UNCONFIRMED_H1_WORDS = 4;

  private Titles() {}

  public static Optional<String> find(
      Document doc,
      MarkupScan scan,
      MetaTags meta,
      Optional<String> jsonHeadline,
      Optional<String> siteName,
      Optional<String> host) {
    Optional<String> h1 = firstH1(doc, scan);
    List<Optional<String>> candidates =
        List.of(jsonHeadline, meta.first("og:title"), meta.first("twitter:title"), h1);
    for (Optional<String> c : candidates) {
      Optional<String> t = c.map(x -> stripSite(Text.clean(x), siteName, host, h1));
      if (t.isPresent() && !t.get().isEmpty() && !isSite(t.get(), siteName, host)) {
        return t;
      }
    }
    return Optional.of(stripSite(Text.clean(doc.title()), siteName, host, h1))
        .filter(t -> !t.isEmpty());
  }

  private static Optional<String> firstH1(Document doc, MarkupScan scan) {
    if (scan.firstH1().isEmpty()) {
      return Optional.empty();
    }
    String t = Text.clean(scan.firstH1().get().text());
    if (t.length() < 3 || t.length() > 300) {
      return Optional.empty();
    }
    // Many templates put the site's name in the first h1; a headline shows in <title> or is long.
    String title = doc.title().toLowerCase(Locale.ROOT);
    boolean confirmed =
        title.isBlank()
            || title.contains(t.toLowerCase(Locale.ROOT))
            || t.split("\\s+").length >= MIN_UNCONFIRMED_H1_WORDS;
    return confirmed ? Optional.of(t) : Optional.empty();
  }

  /** Removes a leading or trailing segment that names the site, keeping the headline itself. */
  static String stripSite(
      String title, Optional<String> siteName, Optional<String> host, Optional<String> h1) {
    if (h1.isPresent()
        && title.startsWith(h1.get())
        && AFTER_HEADLINE.matcher(title.substring(h1.get().length())).lookingAt()) {
      return h1.get();
    }
    String[] parts = SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String first = parts[0].strip();
    String last = parts[parts.length - 1].strip();
    if (isSite(last, siteName, host)) {
      return title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|\\-–—:·•«»/]+$", "");
    }
    if (isSite(first, siteName, host)) {
      return title.substring(first.length()).replaceAll("^[\\s|\\-–—:·•«»/]+", "");
    }
    return title;
  }

  private static boolean isSite(String part, Optional<String> siteName, Optional<String> host) {
    String p = part.toLowerCase(Locale.ROOT);
    String squashed = p.replaceAll("[^\\p{L}\\p{N}]", "");
    if (squashed.isEmpty()) {
      return false;
    }
    if (p.matches("(www\\.)?[a-z0-9-]+(\\.[a-z]{2,})+")) {
      return true;
    }
    if (siteName.isPresent()
        && squashed.equals(
            siteName.get().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))) {
      return true;
    }
    return host.isPresent()
        && squashed.length() >= 3
        && host.get().toLowerCase(Locale.ROOT).replace("-", "").contains(squashed);
  }
}
