package org.rassegna.extract.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements the metadata readers need, gathered in one iterative pass over the document instead
 * of one selector query each: meta tags, JSON-LD scripts, the canonical link, the first {@code
 * <h1>}, author links and byline elements, and the number of headline links (teasers).
 */
public final class MarkupScan {
  private static final int MAX_BYLINES = 20;

  final List<Element> metas = new ArrayList<>();
  final List<Element> jsonLd = new ArrayList<>();
  final List<Element> authorMarkup = new ArrayList<>();
  final List<Element> bylines = new ArrayList<>();
  Element canonical;
  Element firstH1;
  Element html;
  int teasers;

  private MarkupScan() {}

  public static MarkupScan of(Document doc) {
    MarkupScan scan = new MarkupScan();
    NodeTraversor.traverse(scan.new Visitor(), doc);
    return scan;
  }

  Optional<Element> firstH1() {
    return Optional.ofNullable(firstH1);
  }

  private final class Visitor implements NodeVisitor {
    private int headingDepth;
    private boolean headingHasLink;
    private int asideDepth;

    @Override
    public void head(Node node, int depth) {
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
      if (isAside(e)) {
        asideDepth++;
      } else if (asideDepth == 0 && e.attributesSize() > 0) {
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
      String names = (e.className() + ' ' + e.id()).toLowerCase(Locale.ROOT);
      return names.contains("comment") || names.contains("respond") || names.contains("disqus");
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element x && isAside(x)) {
        asideDepth--;
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
      String cls = e.className();
      if (!cls.isEmpty() && bylines.size() < MAX_BYLINES) {
        String c = cls.toLowerCase(Locale.ROOT);
        if (c.contains("byline") || c.contains("author")) {
          bylines.add(e);
        }
      }
    }
  }
}
