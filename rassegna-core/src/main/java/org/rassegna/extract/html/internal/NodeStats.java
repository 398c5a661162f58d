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

  /** The class word behind a BOILERPLATE hint, empty otherwise. */
  final String hintCue;

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

  /**
   * Why this element is boilerplate, when it is: its class word or its tag in angle brackets; empty
   * when it is hidden or holds comments, which no page can talk us out of.
   */
  String boilerplateCue = "";

  NodeStats(Element element, NodeStats parent, boolean isBlock, ClassHints.Verdict verdict) {
    this.element = element;
    this.parent = parent;
    this.block = isBlock || parent == null ? this : parent.block;
    this.inLink = "a".equals(element.normalName()) || parent != null && parent.inLink;
    this.hint = verdict.hint();
    this.hintCue = verdict.cue();
  }

  /** Whether this block's own text is prose even without the text of an inline descendant. */
  boolean isProseWithout(NodeStats inline) {
    int rest = ownText - inline.text;
    int restLinks = ownLink - inline.linkText;
    return rest >= DomStats.MIN_UNIT && restLinks <= DomStats.MAX_UNIT_LINK_SHARE * rest;
  }

  /** Share of the subtree's characters that sit inside links, 0 for an empty subtree. */
  double linkDensity() {
    return text == 0 ? 0 : (double) linkText / text;
  }

  /** Prose characters outside boilerplate-hinted subtrees. */
  int goodOutsideBoilerplate() {
    return good - hintedGood;
  }
}
