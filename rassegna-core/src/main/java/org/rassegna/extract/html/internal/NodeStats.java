package org.rassegna.extract.html.internal;

import org.jsoup.nodes.Element;

/**
 * Text figures of one element's subtree, gathered once by {@link DomStats} so that no later step
 * has to walk a subtree again. Lengths count non-whitespace characters.
 */
public final class NodeStats {
  final Element element;
  final NodeStats parent;
  final NodeStats block;
  final boolean inLink;
  final ClassHints.Hint hint;
  final int depth;

  int text;
  int linkText;
  int ownText;
  int ownLink;
  int good;
  int units;
  int hintedGood;
  int paragraphs;
  int tables;
  boolean boilerplate;
  boolean insideBoilerplate;

  NodeStats(Element element, NodeStats parent, boolean isBlock, ClassHints.Hint hint) {
    this.element = element;
    this.parent = parent;
    this.block = isBlock || parent == null ? this : parent.block;
    this.inLink = "a".equals(element.normalName()) || parent != null && parent.inLink;
    this.hint = hint;
    this.depth = parent == null ? 0 : parent.depth + 1;
  }

  /** Characters of the subtree, links included. */
  public int text() {
    return text;
  }

  /** Share of the subtree's characters that sit inside links, 0 for an empty subtree. */
  public double linkDensity() {
    return text == 0 ? 0 : (double) linkText / text;
  }

  /** Characters of paragraph-like text runs that look like prose and not like link lists. */
  public int good() {
    return good;
  }

  /** Prose characters outside boilerplate-hinted subtrees. */
  public int goodOutsideBoilerplate() {
    return good - hintedGood;
  }

  /** Whether this element was judged boilerplate by its hints and kept that verdict. */
  public boolean boilerplate() {
    return boilerplate;
  }

  /** Whether this element or one of its ancestors is boilerplate. */
  public boolean insideBoilerplate() {
    return insideBoilerplate;
  }

  public ClassHints.Hint hint() {
    return hint;
  }

  public int paragraphs() {
    return paragraphs;
  }

  public int tables() {
    return tables;
  }

  public Element element() {
    return element;
  }
}
