package org.rassegna.extract.html.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics for every element under a root, computed in one iterative traversal (no
 * recursion, so a page nested 100,000 levels deep is fine) and a second linear pass that settles
 * which hinted subtrees really are boilerplate.
 *
 * <p>A <em>unit</em> is the text a block element holds directly (not through nested blocks). A unit
 * is prose when it is long enough and mostly not link text; prose characters summed over a subtree
 * are its {@link NodeStats#good()}.
 */
public final class DomStats {
  /** Shortest unit that counts as prose; shorter runs are labels, buttons and headings. */
  static final int MIN_UNIT = 40;

  static final double MAX_UNIT_LINK_SHARE = 0.4;

  /**
   * A boilerplate hint on an element holding at least this share of the page's prose is not
   * believed: it is a layout wrapper with an unlucky class name.
   */
  private static final double HINT_OVERRIDE_SHARE = 0.5;

  /** A wrapper must hold this many prose units before its boilerplate hint is disbelieved. */
  private static final int MIN_OVERRIDE_UNITS = 3;

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "html",
          "body",
          "div",
          "p",
          "section",
          "article",
          "main",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "figure",
          "figcaption",
          "header",
          "footer",
          "nav",
          "aside",
          "form",
          "fieldset",
          "center",
          "address",
          "details",
          "summary",
          "hr",
          "menu",
          "noscript",
          "dialog",
          "hgroup",
          "picture",
          "video",
          "audio");

  private static final Set<String> BOILERPLATE_TAGS =
      Set.of("nav", "aside", "footer", "header", "figcaption", "menu", "dialog", "form");

  private final Map<Element, NodeStats> byElement = new IdentityHashMap<>();
  private final List<NodeStats> postOrder = new ArrayList<>();
  private final NodeStats root;

  private DomStats(Element rootElement) {
    Collector c = new Collector();
    NodeTraversor.traverse(c, rootElement);
    root = byElement.get(rootElement);
    settleHints();
  }

  /** Statistics of every element under {@code root}, the root included. */
  public static DomStats of(Element root) {
    return new DomStats(root);
  }

  public NodeStats root() {
    return root;
  }

  public Optional<NodeStats> get(Element e) {
    return Optional.ofNullable(byElement.get(e));
  }

  /** Every element's statistics, children before parents. */
  public List<NodeStats> postOrder() {
    return postOrder;
  }

  static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  private void settleHints() {
    int pageGood = root.good;
    for (NodeStats s : postOrder) {
      if (s != root && looksBoilerplate(s, pageGood)) {
        s.boilerplate = true;
        s.hintedGood = s.good;
      }
      if (s.parent != null) {
        s.parent.hintedGood += s.hintedGood;
      }
    }
    for (int i = postOrder.size() - 1; i >= 0; i--) {
      NodeStats s = postOrder.get(i);
      s.insideBoilerplate = s.boilerplate || s.parent != null && s.parent.insideBoilerplate;
    }
  }

  private static boolean looksBoilerplate(NodeStats s, int pageGood) {
    if (s.hint == ClassHints.Hint.COMMENTS) {
      return true;
    }
    if (s.hint == ClassHints.Hint.CONTENT) {
      return false;
    }
    boolean hinted =
        s.hint == ClassHints.Hint.BOILERPLATE
            || BOILERPLATE_TAGS.contains(s.element.normalName())
            || isHidden(s.element);
    return hinted && (s.good < HINT_OVERRIDE_SHARE * pageGood || s.units < MIN_OVERRIDE_UNITS);
  }

  static boolean isHidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }

  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
        n++;
      }
    }
    return n;
  }

  private final class Collector implements NodeVisitor {
    private final Deque<NodeStats> stack = new ArrayDeque<>();
    private final ClassHints hints = new ClassHints();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        NodeStats s = new NodeStats(e, stack.peek(), isBlock(e), hints.of(e));
        byElement.put(e, s);
        stack.push(s);
        if ("p".equals(e.normalName())) {
          s.paragraphs++;
        } else if ("table".equals(e.normalName())) {
          s.tables++;
        }
      } else if (node instanceof TextNode t && !stack.isEmpty()) {
        int n = visibleChars(t.getWholeText());
        NodeStats top = stack.peek();
        top.text += n;
        top.block.ownText += n;
        if (top.inLink) {
          top.linkText += n;
          top.block.ownLink += n;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element)) {
        return;
      }
      NodeStats s = stack.pop();
      if (s.block == s && s.ownText >= MIN_UNIT && s.ownLink <= MAX_UNIT_LINK_SHARE * s.ownText) {
        s.good += s.ownText - s.ownLink;
        s.units++;
      }
      postOrder.add(s);
      NodeStats p = s.parent;
      if (p != null) {
        p.text += s.text;
        p.linkText += s.linkText;
        p.good += s.good;
        p.units += s.units;
        p.paragraphs += s.paragraphs;
        p.tables += s.tables;
      }
    }
  }
}
