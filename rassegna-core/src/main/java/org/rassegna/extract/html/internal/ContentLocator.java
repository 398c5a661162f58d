package org.rassegna.extract.html.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the article: the one whose prose outweighs the rest of its text the
 * most. Each candidate scores its prose characters minus a fraction of its other characters (links,
 * labels, boilerplate), so climbing from the body text to the page wrapper pays for every sidebar
 * and menu it takes in, while stopping below the article loses prose. A content-like class name
 * adds a bonus. On ties the deeper element wins.
 *
 * <p>Class hints can hide a whole article: templates use words such as "widget" or "hidden" for
 * every block ({@code elementor-widget}, {@code field--label-hidden}). So when the best container
 * holds almost no prose while one boilerplate word hides much more, that word is the template's
 * vocabulary: it is doubted and the page is weighed again, a few words at most. Words for overlays,
 * consent, advertising, legal notes and links to other stories are never doubted, however much text
 * they hide, and neither are hidden elements, comments and structural tags other than {@code
 * <form>} (which ASP.NET wraps around whole pages).
 */
public final class ContentLocator {
  private static final double OTHER_TEXT_COST = 0.3;
  private static final double CONTENT_HINT_BONUS = 0.15;

  /**
   * A container with this much prose (two or three sentences) is an article, however short; below
   * it the hints are reviewed.
   */
  private static final int MIN_ARTICLE_PROSE = 100;

  /** A word must hide at least this much prose to be doubted. */
  private static final int MIN_HIDDEN_PROSE = 250;

  private static final int MAX_DOUBTED = 3;

  private static final Set<String> NEVER_DOUBTED =
      Set.of(
          "cookie",
          "consent",
          "modal",
          "popup",
          "overlay",
          "login",
          "registration",
          "signup",
          "subscri",
          "subscribe",
          "newsletter",
          "donate",
          "advert",
          "ad",
          "ads",
          "inline-ad",
          "ad-container",
          "adslot",
          "ad-slot",
          "dfp",
          "gpt-ad",
          "sponsor",
          "promo",
          "outbrain",
          "taboola",
          "copyright",
          "disclaimer",
          "footer",
          "foot",
          "teaser",
          "related",
          "recommend",
          "trending",
          "popular",
          "more-stories",
          "most-read",
          "mostread",
          "more-from",
          "moreon",
          "more-on",
          "next-article",
          "below-article",
          "prev-next");

  private static final Set<String> CANDIDATE_TAGS =
      Set.of("body", "div", "section", "article", "main", "td", "form", "center", "span", "font");

  /** Statistics of a page and the container chosen from them. */
  public record Located(DomStats stats, NodeStats container) {}

  private ContentLocator() {}

  /** The statistics of {@code body}, with the hints reviewed, and the best container in them. */
  public static Located locate(Element body) {
    DomStats stats = DomStats.of(body);
    NodeStats best = locate(stats);
    Set<String> doubted = new HashSet<>();
    while (best.goodOutsideBoilerplate() < MIN_ARTICLE_PROSE && doubted.size() < MAX_DOUBTED) {
      String cue = mostHiding(stats, best.goodOutsideBoilerplate());
      if (cue.isEmpty()) {
        break;
      }
      doubted.add(cue);
      stats = DomStats.of(body, doubted);
      best = locate(stats);
    }
    return new Located(stats, best);
  }

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

  /**
   * The doubtable cue that hides the most prose in outermost boilerplate subtrees, when it hides
   * enough and more than {@code found}; empty otherwise.
   */
  private static String mostHiding(DomStats stats, int found) {
    Map<String, Integer> hidden = new LinkedHashMap<>();
    for (NodeStats s : stats.postOrder()) {
      boolean outermost = s.boilerplate && (s.parent == null || !s.parent.insideBoilerplate);
      if (outermost && s.good > 0 && doubtable(s.boilerplateCue)) {
        hidden.merge(s.boilerplateCue, s.good, Integer::sum);
      }
    }
    String best = "";
    int bestProse = Math.max(MIN_HIDDEN_PROSE, found + 1) - 1;
    for (Map.Entry<String, Integer> e : hidden.entrySet()) {
      if (e.getValue() > bestProse) {
        best = e.getKey();
        bestProse = e.getValue();
      }
    }
    return best;
  }

  private static boolean doubtable(String cue) {
    if (cue.isEmpty() || NEVER_DOUBTED.contains(cue)) {
      return false;
    }
    return !cue.startsWith("<") || cue.equals("<form>");
  }
}
