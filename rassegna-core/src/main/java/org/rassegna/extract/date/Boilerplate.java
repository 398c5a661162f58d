package org.rassegna.extract.date;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Tells whether an element sits in a part of the page that speaks about other pages: sidebars,
 * teasers of related stories, comment threads, navigation, footers and the site's masthead. Dates
 * there belong to other articles (or to today), so a page's own date is never taken from them.
 *
 * <p>The containers of the page's headline are never boilerplate, whatever their class says (a
 * layout wrapper called "two-columns-right-sidebar" holds the article too), and an {@code <aside>}
 * inside the headline's own article is its fact box, not a sidebar.
 */
final class Boilerplate {
  private static final Set<String> TAGS = Set.of("aside", "nav");
  private static final Set<String> ROLES = Set.of("complementary", "navigation");
  private static final List<String> WORDS =
      List.of(
          "sidebar",
          "side-bar",
          "teaser",
          "related",
          "recommend",
          "comment",
          "kommentar",
          "popular",
          "trending",
          "mostread",
          "most-read",
          "meistgelesen",
          "ticker",
          "carousel",
          "slider",
          "promo-",
          "promobox",
          "newsletter",
          "navigation",
          "navbar",
          "menu",
          "more-articles",
          "morearticles",
          "weitere",
          "latest",
          "archive");

  /** How surely an element is boilerplate. */
  enum Level {
    /** Part of the page's own content. */
    NONE,
    /** Page or article footer and masthead: no markup dates, but a last-resort dateline. */
    SOFT,
    /** Sidebars, teasers, comments, navigation: never a date of this page. */
    HARD
  }

  private static final List<String> FOOTER = List.of("footer");
  private static final List<String> TEASER = List.of("teaser");

  private static final List<String> LAYOUT_PREFIXES = List.of("has-", "with-", "no-", "show-");

  private static final int SIDE_NAME = 1;
  private static final int FOOTER_NAME = 2;

  private final Set<Element> headlineContainers;
  private final Optional<Element> headline;
  private final Element body;
  private final Map<Element, Level> levels = new IdentityHashMap<>();
  private final Map<String, Integer> nameFlags = new HashMap<>();
  private int bodyChars = -1;
  private Map<String, Integer> classCounts;

  private Boilerplate(Element body, Optional<Element> headline) {
    this.body = body;
    this.headline = headline;
    Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
    headline.ifPresent(h -> containers.addAll(h.parents()));
    headline.ifPresent(containers::add);
    this.headlineContainers = containers;
  }

  /** The boilerplate rules for {@code doc}, anchored on its headline when it has one. */
  static Boilerplate of(Document doc, DateMarkup markup) {
    return new Boilerplate(doc.body() == null ? doc : doc.body(), Headline.find(doc, markup));
  }

  /** The page's headline element, when found. */
  Optional<Element> headline() {
    return headline;
  }

  /** The highest level of {@code e} and its ancestors below the headline's containers. */
  Level levelAround(Element e) {
    Level worst = Level.NONE;
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      if (headlineContainers.contains(a)) {
        break;
      }
      Level l = level(a);
      if (l.compareTo(worst) > 0) {
        worst = l;
      }
    }
    return worst;
  }

  /** The level of {@code a} itself, not counting its ancestors. */
  Level level(Element a) {
    Level known = levels.get(a);
    if (known == null) {
      known = classify(a);
      levels.put(a, known);
    }
    return known;
  }

  private Level classify(Element a) {
    if (headlineContainers.contains(a)) {
      return Level.NONE;
    }
    String tag = a.normalName();
    boolean sideTag = TAGS.contains(tag) || ROLES.contains(a.attr("role").toLowerCase(Locale.ROOT));
    if (sideTag && !(tag.equals("aside") && insideHeadlineArticle(a))) {
      return Level.HARD;
    }
    int names = a.attributesSize() == 0 ? 0 : nameFlags(a.className()) | nameFlags(a.id());
    if ((names & SIDE_NAME) != 0 && !holdsMostOfPage(a) && !isLoneTeaser(a)) {
      return Level.HARD;
    }
    if (tag.equals("footer")
        || a.attr("role").equalsIgnoreCase("contentinfo")
        || (tag.equals("header") && a.closest("article") == null)
        || (names & FOOTER_NAME) != 0) {
      return Level.SOFT;
    }
    return Level.NONE;
  }

  /** Which word lists a class or id hits, worked out once per distinct value on the page. */
  private int nameFlags(String names) {
    if (names.isEmpty()) {
      return 0;
    }
    return nameFlags.computeIfAbsent(
        names, n -> (hasWord(n, WORDS) ? SIDE_NAME : 0) | (hasWord(n, FOOTER) ? FOOTER_NAME : 0));
  }

  /**
   * True when one of {@code words} starts a class name or a dash- or underscore-separated part of
   * one: "related-posts" and "box_related" match "related", "unrelated" does not. Layout flags on a
   * wrapper ("has-sidebar", "with-teaser") describe the page, not the element, and do not match.
   */
  static boolean hasWord(String names, List<String> words) {
    if (names.isEmpty()) {
      return false;
    }
    String lower = names.toLowerCase(Locale.ROOT);
    for (String w : words) {
      for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
        if (startsWord(lower, i)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsWord(String names, int i) {
    if (i > 0 && Character.isLetterOrDigit(names.charAt(i - 1))) {
      return false;
    }
    int tokenStart = Math.max(names.lastIndexOf(' ', i - 1) + 1, 0);
    String before = names.substring(tokenStart, i);
    return LAYOUT_PREFIXES.stream().noneMatch(before::endsWith);
  }

  /**
   * Teasers of other stories come in lists; a "teaser" class used once on the page is the article's
   * own lead (German CMSs name it so), and its date is the article's.
   */
  private boolean isLoneTeaser(Element a) {
    String names = a.className();
    if (!hasWord(names, TEASER) || hasWord(names.replaceAll("(?i)teaser", ""), WORDS)) {
      return false;
    }
    if (classCounts == null) {
      classCounts = new HashMap<>();
      for (Element e : body.getAllElements()) {
        if (!e.className().isEmpty()) {
          classCounts.merge(e.className(), 1, Integer::sum);
        }
      }
    }
    return classCounts.getOrDefault(names, 0) == 1;
  }

  /** A wrapper holding most of the page's text is the page, whatever its class name says. */
  private boolean holdsMostOfPage(Element a) {
    if (bodyChars < 0) {
      bodyChars = textChars(body, Integer.MAX_VALUE);
    }
    return textChars(a, bodyChars / 2) > bodyChars / 2;
  }

  /** The length of the text under {@code e}, counted only up to just past {@code limit}. */
  private static int textChars(Element e, int limit) {
    int[] n = {0};
    e.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              n[0] += t.getWholeText().length();
            }
            return n[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        });
    return n[0];
  }

  private boolean insideHeadlineArticle(Element a) {
    Element article = a.closest("article");
    return article != null && headlineContainers.contains(article);
  }
}
