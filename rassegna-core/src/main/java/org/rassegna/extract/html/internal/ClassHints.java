package org.rassegna.extract.html.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about it: the
 * words authors use for boilerplate (share bars, related links, comments) and for article bodies.
 * Long words match inside names ({@code "c-share-tools"}); short ones only as whole tokens so that
 * {@code "ad"} does not hit {@code "header"}.
 */
public final class ClassHints {

  /** The verdict on one element. */
  public enum Hint {
    NONE,
    CONTENT,
    BOILERPLATE,
    COMMENTS
  }

  private static final String[] BOILERPLATE_PARTS = {
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "newsletter",
    "subscri",
    "promo",
    "sponsor",
    "advert",
    "banner",
    "cookie",
    "consent",
    "footer",
    "breadcrumb",
    "sidebar",
    "widget",
    "popup",
    "modal",
    "outbrain",
    "taboola",
    "byline",
    "author",
    "caption",
    "signup",
    "toolbar",
    "pagination",
    "readmore",
    "read-more",
    "more-stories",
    "trending",
    "popular",
    "masthead",
    "navigation",
    "navbar",
    "menu",
    "skiplink",
    "skip-link",
    "disclaimer",
    "copyright",
    "teaser",
    "dateline",
    "timestamp",
    "credit",
    "tagcloud",
    "tag-list",
    "taglist",
    "keywords",
    "print-only",
    "visually-hidden",
    "screen-reader",
    "sr-only",
    "offscreen",
    "inline-ad",
    "ad-container",
    "adslot",
    "ad-slot",
    "dfp",
    "gpt-ad",
    "below-article",
    "next-article",
    "prev-next",
    "pager",
    "jump-link",
    "donate",
    "login",
    "registration",
    "overlay",
    "most-read",
    "mostread",
    "follow-us",
    "more-from",
    "moreon",
    "more-on"
  };

  private static final Set<String> BOILERPLATE_TOKENS =
      Set.of(
          "ad",
          "ads",
          "nav",
          "tag",
          "tags",
          "meta",
          "date",
          "time",
          "aside",
          "header",
          "hdr",
          "footer",
          "foot",
          "info",
          "links",
          "print",
          "email",
          "tools",
          "utility",
          "extra",
          "byline",
          "bio",
          "embed",
          "figure",
          "image",
          "img",
          "photo",
          "gallery",
          "video",
          "player",
          "credits",
          "source",
          "topics",
          "subscribe",
          "alert",
          "banner",
          "promo",
          "sharebar",
          "rating",
          "reactions",
          "actions",
          "toc",
          "hide",
          "hidden",
          "noprint",
          "rail");

  private static final String[] COMMENT_PARTS = {"comment", "disqus", "discussion", "respond"};

  private static final String[] CONTENT_PARTS = {
    "articlebody",
    "article-body",
    "article_body",
    "article-content",
    "articlecontent",
    "article__body",
    "article__content",
    "article-text",
    "articletext",
    "story-body",
    "storybody",
    "story-content",
    "storycontent",
    "story-text",
    "entry-content",
    "entrycontent",
    "post-content",
    "postcontent",
    "post-body",
    "postbody",
    "post-text",
    "content-body",
    "body-text",
    "bodytext",
    "main-text",
    "rich-text",
    "richtext",
    "article-main",
    "text-content"
  };

  /**
   * Classes that mark a WordPress post wrapper, whose other classes list the post's taxonomy terms
   * ({@code category-no-newsletter}, {@code author-jane}): words in those name the post's topics
   * and author, not what the element is.
   */
  private static final String[] POST_MARKERS = {"hentry", "type-post", "status-publish"};

  private static final String[] TAXONOMY_PREFIXES = {
    "category-", "tag-", "post_tag-", "author-", "format-"
  };

  /** A hint with the word that gave it ({@code cue}), empty for hints that no word gave. */
  record Verdict(Hint hint, String cue) {
    static final Verdict NONE = new Verdict(Hint.NONE, "");
  }

  private static final String[] NAME_ATTRIBUTES = {"class", "id", "role", "itemprop"};

  /** Verdicts by attribute value: pages repeat the same few names on many elements. */
  private final Map<String, Verdict> cache = new HashMap<>();

  private final Set<String> doubted;

  /** A classifier for one page; not thread-safe, make one per page. */
  public ClassHints() {
    this(Set.of());
  }

  /** A classifier that ignores the boilerplate words in {@code doubted}. */
  ClassHints(Set<String> doubted) {
    this.doubted = doubted;
  }

  /** The hint of an element; CONTENT wins over BOILERPLATE so body wrappers are never dropped. */
  public Hint of(Element e) {
    return verdict(e).hint();
  }

  /**
   * The verdict on an element's class, id, role and itemprop together: CONTENT if any says so, else
   * COMMENTS, else the first BOILERPLATE among them. Each value is classified once per page, so the
   * class strings a template repeats cost a map lookup, whatever ids they come with.
   */
  Verdict verdict(Element e) {
    if (e.attributesSize() == 0) {
      return Verdict.NONE;
    }
    Verdict best = Verdict.NONE;
    for (String attr : NAME_ATTRIBUTES) {
      String value = e.attr(attr);
      if (!value.isEmpty()) {
        Verdict v = cache.computeIfAbsent(value, this::classify);
        if (rank(v.hint()) > rank(best.hint())) {
          best = v;
        }
      }
    }
    return best;
  }

  private static int rank(Hint h) {
    switch (h) {
      case CONTENT -> {
        return 3;
      }
      case COMMENTS -> {
        return 2;
      }
      case BOILERPLATE -> {
        return 1;
      }
      default -> {
        return 0;
      }
    }
  }

  private Verdict classify(String rawNames) {
    String names = withoutTaxonomy(rawNames.toLowerCase(Locale.ROOT));
    if (containsAny(names, CONTENT_PARTS)) {
      return new Verdict(Hint.CONTENT, "");
    }
    if (containsAny(names, COMMENT_PARTS)) {
      return new Verdict(Hint.COMMENTS, "");
    }
    String cue = boilerplatePart(names);
    if (cue.isEmpty()) {
      cue = token(names);
    }
    return cue.isEmpty() ? Verdict.NONE : new Verdict(Hint.BOILERPLATE, cue);
  }

  private static String withoutTaxonomy(String names) {
    if (!containsAny(names, POST_MARKERS)) {
      return names;
    }
    StringBuilder b = new StringBuilder(names.length());
    for (String name : names.split("\\s+")) {
      boolean taxonomy = false;
      for (String prefix : TAXONOMY_PREFIXES) {
        taxonomy |= name.startsWith(prefix);
      }
      if (!taxonomy) {
        b.append(name).append(' ');
      }
    }
    return b.toString();
  }

  /** The first boilerplate word inside the names that this page does not doubt. */
  private String boilerplatePart(String names) {
    for (String p : BOILERPLATE_PARTS) {
      if (names.contains(p) && !doubted.contains(p)) {
        return p;
      }
    }
    return "";
  }

  private static boolean containsAny(String names, String[] parts) {
    for (String p : parts) {
      if (names.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The short boilerplate word that is a whole class or id, or the last segment of one ({@code
   * entry-meta}, {@code post_tags}); leading segments are skipped because WordPress prefixes
   * taxonomy classes ({@code tag-review}, {@code category-news}) on article wrappers.
   */
  private String token(String names) {
    int end = names.length();
    while (end > 0) {
      int start = end;
      while (start > 0 && !Character.isWhitespace(names.charAt(start - 1))) {
        start--;
      }
      String token = start < end ? lastSegment(names, start, end) : "";
      if (BOILERPLATE_TOKENS.contains(token) && !doubted.contains(token)) {
        return token;
      }
      end = start;
      while (end > 0 && Character.isWhitespace(names.charAt(end - 1))) {
        end--;
      }
    }
    return "";
  }

  private static String lastSegment(String names, int start, int end) {
    int segStart = end;
    while (segStart > start && Character.isLetterOrDigit(names.charAt(segStart - 1))) {
      segStart--;
    }
    return names.substring(segStart, end);
  }
}
