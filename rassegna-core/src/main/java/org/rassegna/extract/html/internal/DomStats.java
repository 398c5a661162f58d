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

  /**
   * Elements whose text is never written as article text: form controls, embedded objects and
   * templates. Their text is never prose here either, or a long archive drop-down would win the
   * page and leave the body empty; it still weighs on its container as other text.
   */
  static final Set<String> UNWRITTEN_TAGS =
      Set.of(
          "script",
          "style",
          "template",
          "svg",
          "iframe",
          "button",
          "input",
          "select",
          "textarea",
          "object",
          "embed",
          "canvas",
          "head",
          "title",
          "link",
          "meta",
          "video",
          "audio",
          "map",
          "math",
          "label",
          "option");

  private static final Set<String> BOILERPLATE_TAGS =
      Set.of("nav", "aside", "footer", "header", "figcaption", "menu", "dialog", "form");

  private final Map<Element, NodeStats> byElement = new IdentityHashMap<>();
  private final List<NodeStats> postOrder = new ArrayList<>();
  private final Set<String> doubted;
  private final NodeStats root;

  private DomStats(Element rootElement, Set<String> doubted) {
    this.doubted = doubted;
    new Collector().walk(rootElement);
    root = byElement.get(rootElement);
    settleHints();
  }

  /** Statistics of every element under {@code root}, the root included. */
  public static DomStats of(Element root) {
    return new DomStats(root, Set.of());
  }

  /**
   * As {@link #of(Element)}, not believing the boilerplate cues in {@code doubted}: class words,
   * and tags written in angle brackets ({@code "<form>"}).
   */
  static DomStats of(Element root, Set<String> doubted) {
    return new DomStats(root, Set.copyOf(doubted));
  }

  /** The set of cues these statistics do not believe. */
  Set<String> doubted() {
    return doubted;
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
      String cue = s == root ? null : boilerplateCue(s, pageGood);
      if (cue != null) {
        s.boilerplate = true;
        s.boilerplateCue = cue;
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

  /** Why {@code s} is boilerplate (see {@link NodeStats#boilerplateCue}), null when it is not. */
  private String boilerplateCue(NodeStats s, int pageGood) {
    if (s.hint == ClassHints.Hint.COMMENTS) {
      return "";
    }
    if (s.hint == ClassHints.Hint.CONTENT) {
      return null;
    }
    String name = s.element.normalName();
    String cue;
    if (isHidden(s.element)) {
      cue = "";
    } else if (s.hint == ClassHints.Hint.BOILERPLATE) {
      cue = s.hintCue;
    } else if (BOILERPLATE_TAGS.contains(name) && !doubted.contains("<" + name + ">")) {
      cue = "<" + name + ">";
    } else {
      return null;
    }
    boolean believed = s.good < HINT_OVERRIDE_SHARE * pageGood || s.units < MIN_OVERRIDE_UNITS;
    return believed ? cue : null;
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

  private final class Collector {
    private final Deque<NodeStats> stack = new ArrayDeque<>();
    private final ClassHints hints = new ClassHints(doubted);
    private int unwritten;

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
      if (node instanceof Element e) {
        NodeStats s = new NodeStats(e, stack.peek(), isBlock(e), hints.verdict(e));
        byElement.put(e, s);
        stack.push(s);
        String tag = e.normalName();
        if ("p".equals(tag)) {
          s.paragraphs++;
        } else if ("table".equals(tag)) {
          s.tables++;
        } else if (UNWRITTEN_TAGS.contains(tag)) {
          unwritten++;
        }
      } else if (node instanceof TextNode t && !stack.isEmpty()) {
        int n = visibleChars(t.getWholeText());
        NodeStats top = stack.peek();
        top.text += n;
        if (unwritten > 0) {
          return;
        }
        top.block.ownText += n;
        if (top.inLink) {
          top.linkText += n;
          top.block.ownLink += n;
        }
      }
    }

    private void tail(Node node, int depth) {
      if (!(node instanceof Element)) {
        return;
      }
      NodeStats s = stack.pop();
      if (UNWRITTEN_TAGS.contains(s.element.normalName())) {
        unwritten--;
      }
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
