package org.rassegna.extract.date;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
  private static final Set<String> TAGS = Set.of("aside", "nav", "footer");
  private static final Set<String> ROLES = Set.of("complementary", "navigation", "contentinfo");
  private static final List<String> WORDS =
      List.of(
          "sidebar",
          "side-bar",
          "teaser",
          "related",
          "recommend",
          "comment",
          "kommentar",
          "widget",
          "footer",
          "popular",
          "trending",
          "mostread",
          "most-read",
          "meistgelesen",
          "ticker",
          "carousel",
          "slider",
          "promo",
          "newsletter",
          "navigation",
          "navbar",
          "menu",
          "more-articles",
          "morearticles",
          "weitere",
          "latest",
          "archive");

  private final Set<Element> headlineContainers;
  private final Optional<Element> headline;

  private Boilerplate(Optional<Element> headline) {
    this.headline = headline;
    Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
    headline.ifPresent(h -> containers.addAll(h.parents()));
    headline.ifPresent(containers::add);
    this.headlineContainers = containers;
  }

  /** The boilerplate rules for {@code doc}, anchored on its headline when it has one. */
  static Boilerplate of(Document doc) {
    return new Boilerplate(Headline.find(doc));
  }

  /** The page's headline element, when found. */
  Optional<Element> headline() {
    return headline;
  }

  /** True when {@code e} or one of its ancestors is a sidebar, teaser, comment or site chrome. */
  boolean contains(Element e) {
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      if (headlineContainers.contains(a)) {
        return false;
      }
      if (isBoilerplate(a)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code a} itself (not counting its ancestors) is boilerplate. */
  boolean isBoilerplate(Element a) {
    if (headlineContainers.contains(a)) {
      return false;
    }
    String tag = a.normalName();
    boolean sideTag = TAGS.contains(tag) || ROLES.contains(a.attr("role").toLowerCase(Locale.ROOT));
    if (sideTag && !(tag.equals("aside") && insideHeadlineArticle(a))) {
      return true;
    }
    if (tag.equals("header") && a.closest("article") == null) {
      return true;
    }
    String names = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return false;
    }
    for (String w : WORDS) {
      if (names.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean insideHeadlineArticle(Element a) {
    Element article = a.closest("article");
    return article != null && headlineContainers.contains(article);
  }
}
