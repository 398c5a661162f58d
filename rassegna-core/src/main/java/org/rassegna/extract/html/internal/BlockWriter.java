package org.rassegna.extract.html.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.rassegna.model.BlockKind;
import org.rassegna.model.Body;

/**
 * Writes the blocks of a content container in reading order, leaving out what is not article text:
 * boilerplate-hinted and hidden subtrees, link lists, captions, the headline, form controls and
 * one-line notices. Text a block holds through inline elements is joined with collapsed whitespace;
 * {@code <br>} becomes a line break. Iterative, so any nesting depth is fine.
 */
public final class BlockWriter {
  /**
   * A {@code <noscript>} is read when it holds this many prose units: script-rendered blogs keep
   * the whole post there, while a single one is the "please enable JavaScript" line.
   */
  private static final int MIN_NOSCRIPT_UNITS = 2;

  /** Containers skipped whole when their text is mostly links; inline links are article text. */
  private static final Set<String> LINK_LIST_TAGS =
      Set.of("ul", "ol", "dl", "div", "section", "table", "nav", "aside", "header", "footer");

  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  private static final double MAX_BLOCK_LINK_SHARE = 0.5;
  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n{2,}");

  private final DomStats stats;
  private final Optional<String> title;
  private final Body.Builder body = new Body.Builder();

  private BlockWriter(DomStats stats, Optional<String> title) {
    this.stats = stats;
    this.title = title.map(BlockWriter::squash);
  }

  /** The body blocks under {@code container}, skipping a heading that repeats {@code title}. */
  public static Body write(DomStats stats, NodeStats container, Optional<String> title) {
    BlockWriter w = new BlockWriter(stats, title);
    Visitor v = w.new Visitor();
    NodeTraversor.filter(v, container.element);
    v.flush();
    return w.body.build();
  }

  private static String squash(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  private boolean skip(Element e) {
    String tag = e.normalName();
    if (DomStats.UNWRITTEN_TAGS.contains(tag) || "figcaption".equals(tag)) {
      return true;
    }
    Optional<NodeStats> s = stats.get(e);
    if (s.isEmpty()) {
      return "noscript".equals(tag);
    }
    NodeStats n = s.get();
    if ("noscript".equals(tag) && n.units < MIN_NOSCRIPT_UNITS) {
      return true;
    }
    if (n.boilerplate) {
      // A hinted span or link inside a paragraph of prose is part of the sentence.
      return DomStats.isBlock(e) || !n.block.isProseWithout(n);
    }
    return LINK_LIST_TAGS.contains(tag)
        && n.text > 0
        && n.good == 0
        && n.linkDensity() > MAX_BLOCK_LINK_SHARE;
  }

  private boolean isDataTable(Element table) {
    Optional<NodeStats> s = stats.get(table);
    return s.isPresent()
        && s.get().tables == 1
        && s.get().paragraphs == 0
        && s.get().good * 2 < s.get().text;
  }

  private static String tableText(Element table) {
    StringBuilder b = new StringBuilder();
    for (Element row : table.select("tr")) {
      StringBuilder r = new StringBuilder();
      for (Element cell : row.children()) {
        if ("td".equals(cell.normalName()) || "th".equals(cell.normalName())) {
          if (r.length() > 0) {
            r.append('\t');
          }
          r.append(cell.text());
        }
      }
      if (!r.toString().isBlank()) {
        b.append(r).append('\n');
      }
    }
    return b.toString();
  }

  private static BlockKind kindOf(String tag, BlockKind outer) {
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        return BlockKind.HEADING;
      }
      case "li", "dt", "dd" -> {
        return BlockKind.LIST_ITEM;
      }
      case "blockquote" -> {
        return BlockKind.QUOTE;
      }
      case "pre" -> {
        return BlockKind.CODE;
      }
      default -> {
        return outer;
      }
    }
  }

  private final class Visitor implements NodeFilter {
    private final Deque<BlockKind> kinds = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int links;
    private int pre;
    private Element cutUntil;
    private boolean seenH1;
    private char cutLevel;

    /** A heading of the cut's level or above starts new article text in a flat layout. */
    private boolean endsCut(Element e) {
      String tag = e.normalName();
      return HEADINGS.contains(tag) && tag.charAt(1) <= cutLevel && !Notices.isSectionEnd(e.text());
    }

    Visitor() {
      kinds.push(BlockKind.PARAGRAPH);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (cutUntil != null) {
        if (!(node instanceof Element h && endsCut(h))) {
          return FilterResult.SKIP_ENTIRELY;
        }
        cutUntil = null;
      }
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (skip(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if ("h1".equals(tag) && !seenH1) {
        // The container's first h1 is the headline, which is metadata; later ones are sections.
        seenH1 = true;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (HEADINGS.contains(tag) && e.parent() != null && Notices.isSectionEnd(e.text())) {
        // Links to other stories follow such a heading up to the end of its section, unless the
        // heading is itself the one link ("Related: <a>...</a>").
        if (e.getElementsByTag("a").isEmpty()) {
          cutUntil = e.parent();
          cutLevel = tag.charAt(1);
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if ("br".equals(tag)) {
        text.append('\n');
      } else if ("table".equals(tag) && isDataTable(e)) {
        flush();
        body.add(BlockKind.TABLE, tableText(e));
        return FilterResult.SKIP_ENTIRELY;
      } else if (DomStats.isBlock(e)) {
        flush();
        kinds.push(kindOf(tag, kinds.peek()));
      }
      if ("a".equals(tag)) {
        links++;
      } else if ("pre".equals(tag)) {
        pre++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node == cutUntil) {
        cutUntil = null;
      }
      if (node instanceof Element e) {
        String tag = e.normalName();
        if ("a".equals(tag)) {
          links--;
        } else if ("pre".equals(tag)) {
          pre--;
        }
        if (DomStats.isBlock(e)) {
          flush();
          kinds.pop();
        }
      }
      return FilterResult.CONTINUE;
    }

    private void append(String s) {
      int before = text.length();
      if (pre > 0) {
        text.append(s);
      } else {
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (Character.isWhitespace(c) || c == '\u00a0') {
            int n = text.length();
            if (n > 0 && text.charAt(n - 1) != ' ' && text.charAt(n - 1) != '\n') {
              text.append(' ');
            }
          } else {
            text.append(c);
          }
        }
      }
      if (links > 0) {
        linkChars += text.length() - before;
      }
    }

    void flush() {
      String t = text.toString().strip();
      int chars = text.length();
      int inLinks = linkChars;
      text.setLength(0);
      linkChars = 0;
      if (t.isEmpty() || inLinks > MAX_BLOCK_LINK_SHARE * chars) {
        return;
      }
      BlockKind kind = kinds.peek();
      if (kind == BlockKind.CODE) {
        body.add(kind, t);
        return;
      }
      // Two line breaks in a row are how many pages separate paragraphs without <p>.
      String[] parts =
          t.indexOf('\n') < 0
              ? new String[] {t}
              : PARAGRAPH_BREAK.split(LINE_BREAK.matcher(t).replaceAll("\n"));
      for (String part : parts) {
        if (!Notices.isNotice(part) && !isTitle(part)) {
          body.add(kind, part);
        }
      }
    }

    private boolean isTitle(String t) {
      return title.isPresent() && t.length() < 400 && title.get().equals(squash(t));
    }
  }
}
