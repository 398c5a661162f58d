package org.rassegna.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The elements the date finders read, gathered in one walk over the document: meta tags, scripts,
 * headings, elements marked up as dates and the first of each landmark they ask for. One walk with
 * cheap tests per element costs far less than a selector query per question, each of which walks
 * the whole document again.
 */
final class DateMarkup {
  private static final Pattern DATE_ITEMPROP =
      Pattern.compile("(?i)^(date(published|created|modified)|uploaddate)$");
  private static final Pattern DATE_PROPERTY =
      Pattern.compile("(?i)date(published|created|modified)$");
  private static final Pattern LD_JSON = Pattern.compile("(?i)application/ld\\+json");

  /** Every {@code <meta>}, in document order. */
  final List<Element> metas = new ArrayList<>();

  /** Every {@code <script>}, in document order. */
  final List<Element> scripts = new ArrayList<>();

  /** The JSON-LD scripts, in document order. */
  final List<Element> jsonLd = new ArrayList<>();

  /** Every h1, h2 and h3, in document order. */
  final List<Element> headings = new ArrayList<>();

  /** Elements whose markup says they hold a date ({@code <time>}, microdata, RDFa, microformat). */
  final List<Element> dated = new ArrayList<>();

  private Element html;
  private Element canonical;
  private Element landmark;
  private Element ogTitle;
  private Element ogLocale;
  private Element description;

  private DateMarkup() {}

  static DateMarkup of(Document doc) {
    DateMarkup m = new DateMarkup();
    m.new Visitor().walk(doc);
    return m;
  }

  /** The {@code lang} of {@code <html>}, else the {@code og:locale}; blank when neither is set. */
  String language() {
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank() && ogLocale != null) {
      lang = ogLocale.attr("content");
    }
    return lang;
  }

  /** The first canonical link or {@code og:url}, whichever comes first in the document. */
  Optional<String> canonicalUrl() {
    if (canonical == null) {
      return Optional.empty();
    }
    String href = canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
    return href.isBlank() ? Optional.empty() : Optional.of(href);
  }

  /** The {@code og:title}, empty when absent. */
  String ogTitle() {
    return ogTitle == null ? "" : ogTitle.attr("content");
  }

  /** The first description or {@code og:description} meta tag. */
  Optional<Element> description() {
    return Optional.ofNullable(description);
  }

  /** The first element marked as headline, the first article or the main part. */
  Optional<Element> landmark() {
    return Optional.ofNullable(landmark);
  }

  private static boolean attrIs(Element e, String key, String value) {
    return e.hasAttr(key) && value.equalsIgnoreCase(e.attr(key).trim());
  }

  private static boolean attrFinds(Element e, String key, Pattern p) {
    return e.hasAttr(key) && p.matcher(e.attr(key)).find();
  }

  private final class Visitor {
    /**
     * Visits every node under {@code root} in document order. A loop of its own, not jsoup's
     * NodeTraversor: there every visitor of the page shares one call site, which the JIT then
     * cannot inline, and this walk covers the whole document.
     */
    void walk(Node root) {
      Node node = root;
      while (node != null) {
        head(node);
        if (node.childNodeSize() > 0) {
          node = node.childNode(0);
          continue;
        }
        while (node != root && node.nextSibling() == null) {
          node = node.parentNode();
        }
        node = node == root ? null : node.nextSibling();
      }
    }

    private void head(Node node) {
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      switch (tag) {
        case "html" -> html = html == null ? e : html;
        case "meta" -> meta(e);
        case "link" -> {
          if (canonical == null && attrIs(e, "rel", "canonical") && e.hasAttr("href")) {
            canonical = e;
          }
        }
        case "script" -> {
          scripts.add(e);
          if (attrFinds(e, "type", LD_JSON)) {
            jsonLd.add(e);
          }
        }
        case "h1", "h2", "h3" -> headings.add(e);
        case "article", "main" -> landmark = landmark == null ? e : landmark;
        default -> {}
      }
      if (e.attributesSize() > 0 || "time".equals(tag)) {
        attributes(e, tag);
      }
    }

    private void meta(Element e) {
      metas.add(e);
      if (canonical == null && attrIs(e, "property", "og:url") && e.hasAttr("content")) {
        canonical = e;
      }
      if (ogTitle == null && attrIs(e, "property", "og:title")) {
        ogTitle = e;
      }
      if (ogLocale == null && attrIs(e, "property", "og:locale")) {
        ogLocale = e;
      }
      if (description == null
          && (attrIs(e, "name", "description") || attrIs(e, "property", "og:description"))) {
        description = e;
      }
    }

    private void attributes(Element e, String tag) {
      if (landmark == null && attrIs(e, "itemprop", "headline")) {
        landmark = e;
      }
      boolean microformat =
          "abbr".equals(tag) && (e.hasClass("published") || e.hasClass("updated"));
      if ("time".equals(tag)
          || attrFinds(e, "itemprop", DATE_ITEMPROP)
          || attrFinds(e, "property", DATE_PROPERTY)
          || microformat) {
        dated.add(e);
      }
    }
  }
}
