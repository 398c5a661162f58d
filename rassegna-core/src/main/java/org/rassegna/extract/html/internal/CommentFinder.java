package org.rassegna.extract.html.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reader comments: the texts inside comment sections (elements whose class or id names comments,
 * disqus or discussions). Each comment's text element is recognised by its usual class names; when
 * a section has none of them its paragraphs are taken instead.
 */
public final class CommentFinder {
  private static final int MAX_COMMENTS = 500;
  private static final String COMMENT_TEXT =
      "[class*=comment-content], [class*=comment-body], [class*=comment-text],"
          + " [class*=comment__body], [class*=comment__content], [class*=comment__text],"
          + " [itemprop=text], [itemprop=commentText]";

  private CommentFinder() {}

  public static List<String> find(DomStats stats) {
    Set<String> out = new LinkedHashSet<>();
    for (NodeStats s : stats.postOrder()) {
      if (s.hint != ClassHints.Hint.COMMENTS || s.parent != null && s.parent.insideBoilerplate) {
        continue;
      }
      Elements texts = s.element.select(COMMENT_TEXT);
      List<Element> items = texts.isEmpty() ? s.element.select("p") : outermost(texts);
      for (Element e : items) {
        String t = Text.clean(e.text());
        if (!t.isEmpty() && out.size() < MAX_COMMENTS) {
          out.add(t);
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<Element> outermost(Elements found) {
    Set<Element> all = new LinkedHashSet<>(found);
    List<Element> out = new ArrayList<>();
    for (Element e : found) {
      boolean nested = false;
      for (Element a = e.parent(); a != null && !nested; a = a.parent()) {
        nested = all.contains(a);
      }
      if (!nested) {
        out.add(e);
      }
    }
    return out;
  }
}
