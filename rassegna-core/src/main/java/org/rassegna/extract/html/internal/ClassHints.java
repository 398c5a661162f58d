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

  /** Verdicts by class-and-id string: pages repeat the same few names on many elements. */
  private final Map<String, Hint> cache = new HashMap<>();

  /** A classifier for one page; not thread-safe, make one per page. */
  public ClassHints() {}

  /** The hint of an element; CONTENT wins over BOILERPLATE so body wrappers are never dropped. */
  public Hint of(Element e) {
    String names = names(e);
    if (names.isEmpty()) {
      return Hint.NONE;
    }
    return cache.computeIfAbsent(names, ClassHints::classify);
  }

  private static Hint classify(String rawNames) {
    String names = rawNames.toLowerCase(Locale.ROOT);
    if (containsAny(names, CONTENT_PARTS)) {
      return Hint.CONTENT;
    }
    if (containsAny(names, COMMENT_PARTS)) {
      return Hint.COMMENTS;
    }
    if (containsAny(names, BOILERPLATE_PARTS) || hasToken(names)) {
      return Hint.BOILERPLATE;
    }
    return Hint.NONE;
  }

  private static String names(Element e) {
    if (e.attributesSize() == 0) {
      return "";
    }
    String cls = e.attr("class");
    String id = e.id();
    String role = e.attr("role");
    String prop = e.attr("itemprop");
    if (cls.isEmpty() && id.isEmpty() && role.isEmpty() && prop.isEmpty()) {
      return "";
    }
    return cls + ' ' + id + ' ' + role + ' ' + prop;
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
   * Whether a short boilerplate word is a whole class or id, or the last segment of one ({@code
   * entry-meta}, {@code post_tags}); leading segments are skipped because WordPress prefixes
   * taxonomy classes ({@code tag-review}, {@code category-news}) on article wrappers.
   */
  private static boolean hasToken(String names) {
    int end = names.length();
    while (end > 0) {
      int start = end;
      while (start > 0 && !Character.isWhitespace(names.charAt(start - 1))) {
        start--;
      }
      if (start < end && lastSegmentIsToken(names, start, end)) {
        return true;
      }
      end = start;
      while (end > 0 && Character.isWhitespace(names.charAt(end - 1))) {
        end--;
      }
    }
    return false;
  }

  private static boolean lastSegmentIsToken(String names, int start, int end) {
    int segStart = end;
    while (segStart > start && Character.isLetterOrDigit(names.charAt(segStart - 1))) {
      segStart--;
    }
    return BOILERPLATE_TOKENS.contains(names.substring(segStart, end));
  }
}
