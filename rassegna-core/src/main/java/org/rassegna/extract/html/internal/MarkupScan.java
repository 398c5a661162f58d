package org.rassegna.extract.html.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The elements the metadata readers need, gathered in one iterative pass over the document instead
 * of one selector query each: meta tags, JSON-LD scripts, the canonical link, the first {@code
 * <h1>}, author links and byline elements, and the number of headline links (teasers).
 */
public final class MarkupScan {
  private static final int MAX_BYLINES = 20;
  private static final int COMMENTS = 1;
  private static final int BYLINE = 2;

  final List<Element> metas = new ArrayList<>();
  final List<Element> jsonLd = new ArrayList<>();
  final List<Element> authorMarkup = new ArrayList<>();
  final List<Element> bylines = new ArrayList<>();
  private final Map<String, Integer> classFlags = new HashMap<>();
  Element canonical;
  Element firstH1;
  Element html;
  int teasers;

  private MarkupScan() {}

  public static MarkupScan of(Document doc) {
    MarkupScan scan = new MarkupScan();
    scan.new Visitor().walk(doc);
    return scan;
  }

  Optional<Element> firstH1() {
    return Optional.ofNullable(firstH1);
  }

  private final class Visitor {
    private int headingDepth;
    private boolean headingHasLink;
    private Element aside;

    /**
     * Visits every node under {@code root} in document order. A loop of its own, not jsoup's
     * NodeTraversor: there every visitor of the page shares one call site, which the JIT then
     * cannot inline, and this walk is among the hottest of an extraction.
     */
    void walk(Node root) {
      Node node = root;
      int depth = 0;
      while (node != null) {
        head(node, depth);
        if (node.childNodeSize() > 0) {
          node = node.childNode(0);
          depth++;
          continue;
        }
        while (node != root && node.nextSibling() == null) {
          tail(node, depth);
          node = node.parentNode();
          depth--;
        }
        tail(node, depth);
        node = node == root ? null : node.nextSibling();
      }
    }

    private void head(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      switch (tag) {
        case "meta" -> metas.add(e);
        case "html" -> html = html == null ? e : html;
        case "script" -> {
          if ("application/ld+json".equalsIgnoreCase(e.attr("type").strip())) {
            jsonLd.add(e);
          }
        }
        case "link" -> {
          if (canonical == null
              && "canonical".equalsIgnoreCase(e.attr("rel"))
              && e.hasAttr("href")) {
            canonical = e;
          }
        }
        case "h1" -> firstH1 = firstH1 == null ? e : firstH1;
        default -> {}
      }
      if ("h2".equals(tag) || "h3".equals(tag)) {
        if (headingDepth++ == 0) {
          headingHasLink = false;
        }
      } else if ("a".equals(tag) && headingDepth > 0 && e.hasAttr("href")) {
        headingHasLink = true;
      }
      if (aside == null && isAside(e)) {
        aside = e;
      } else if (aside == null && e.attributesSize() > 0) {
        authorHints(e);
      }
    }

    /** Forms and comment sections name commenters and field labels, not the article's authors. */
    private boolean isAside(Element e) {
      String tag = e.normalName();
      if ("form".equals(tag) || "footer".equals(tag) || "aside".equals(tag)) {
        return true;
      }
      if (e.attributesSize() == 0) {
        return false;
      }
      String id = e.id();
      return (classFlags(e.attr("class")) & COMMENTS) != 0
          || containsIgnoreCase(id, "comment")
          || containsIgnoreCase(id, "respond")
          || containsIgnoreCase(id, "disqus");
    }

    private void tail(Node node, int depth) {
      if (node == aside) {
        aside = null;
      }
      if (node instanceof Element e
          && ("h2".equals(e.normalName()) || "h3".equals(e.normalName()))
          && --headingDepth == 0
          && headingHasLink) {
        teasers++;
      }
    }

    private void authorHints(Element e) {
      if ("author".equalsIgnoreCase(e.attr("rel")) || "author".equals(e.attr("itemprop"))) {
        authorMarkup.add(e);
        return;
      }
      if (bylines.size() < MAX_BYLINES && (classFlags(e.attr("class")) & BYLINE) != 0) {
        bylines.add(e);
      }
    }
  }

  /**
   * What a class attribute says, looked up once per distinct value: templates repeat the same few
   * class strings on thousands of elements.
   */
  private int classFlags(String cls) {
    if (cls.isEmpty()) {
      return 0;
    }
    Integer known = classFlags.get(cls);
    if (known == null) {
      boolean comments = containsIgnoreCase(cls, "comment") || containsIgnoreCase(cls, "disqus");
      boolean byline = containsIgnoreCase(cls, "byline") || containsIgnoreCase(cls, "author");
      known = (comments ? COMMENTS : 0) | (byline ? BYLINE : 0);
      classFlags.put(cls, known);
    }
    return known;
  }

  /** Case-insensitive substring test without allocating a lower-cased copy per element. */
  static boolean containsIgnoreCase(String hay, String needle) {
    int n = needle.length();
    int last = hay.length() - n;
    if (n == 0 || last < 0) {
      return n == 0;
    }
    char lower = Character.toLowerCase(needle.charAt(0));
    char upper = Character.toUpperCase(needle.charAt(0));
    for (int i = 0; i <= last; i++) {
      // Comparing the first character plainly skips the costly case-folding compare nearly always.
      char c = hay.charAt(i);
      if ((c == lower || c == upper) && hay.regionMatches(true, i + 1, needle, 1, n - 1)) {
        return true;
      }
    }
    return false;
  }
}
