package org.rassegna.extract.html.internal;

import java.util.Set;

/**
 * Picks the element that holds the article: the one whose prose outweighs the rest of its text the
 * most. Each candidate scores its prose characters minus a fraction of its other characters (links,
 * labels, boilerplate), so climbing from the body text to the page wrapper pays for every sidebar
 * and menu it takes in, while stopping below the article loses prose. A content-like class name
 * adds a bonus. On ties the deeper element wins.
 */
public final class ContentLocator {
  private static final double OTHER_TEXT_COST = 0.3;
  private static final double CONTENT_HINT_BONUS = 0.15;

  private static final Set<String> CANDIDATE_TAGS =
      Set.of("body", "div", "section", "article", "main", "td", "form", "center", "span", "font");

  private ContentLocator() {}

  /** The best container, or the root itself when the page holds no prose at all. */
  public static NodeStats locate(DomStats stats) {
    NodeStats best = stats.root();
    double bestScore = Double.NEGATIVE_INFINITY;
    for (NodeStats s : stats.postOrder()) {
      if (s.insideBoilerplate || !CANDIDATE_TAGS.contains(s.element.normalName())) {
        continue;
      }
      double score = score(s);
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    return stats.root().good == 0 ? stats.root() : best;
  }

  static double score(NodeStats s) {
    int prose = s.goodOutsideBoilerplate();
    double score = prose - OTHER_TEXT_COST * (s.text - prose);
    if (s.hint == ClassHints.Hint.CONTENT) {
      score += CONTENT_HINT_BONUS * prose;
    }
    return score;
  }
}
