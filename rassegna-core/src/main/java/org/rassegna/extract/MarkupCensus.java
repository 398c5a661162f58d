package org.rassegna.extract;

import java.util.Locale;
import java.util.Set;
import org.rassegna.model.Reason;

/**
 * Counts the start tags of an HTML text and how deep its container elements nest, in one pass over
 * the characters and before any parsing: a page too big or too deep for the bounds is refused for
 * the price of a scan instead of after the parser has built (or silently flattened) a huge DOM.
 *
 * <p>It is an estimate by design. Only elements a parser never closes on its own are counted for
 * depth ({@code <p>} and {@code <li>} close themselves, so counting them would call sloppy but
 * ordinary pages deep); comments, doctypes and the text of {@code script}, {@code style} and their
 * kin are passed over; a start tag ending in {@code />} opens nothing.
 */
final class MarkupCensus {
  private static final Set<String> CONTAINERS =
      Set.of(
          "div",
          "span",
          "section",
          "article",
          "main",
          "aside",
          "header",
          "footer",
          "nav",
          "blockquote",
          "ul",
          "ol",
          "dl",
          "table",
          "form",
          "figure",
          "details",
          "fieldset",
          "center",
          "font");
  private static final Set<String> RAW_TEXT =
      Set.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes");
  private static final int MAX_NAME = 12;

  private final String html;
  private final int n;
  private int tags;
  private int depth;
  private int maxDepth;

  private MarkupCensus(String html) {
    this.html = html;
    this.n = html.length();
  }

  /** Throws {@code too-large} or {@code too-deep} when the page is over a bound of {@code o}. */
  static void check(String html, ExtractOptions o) {
    MarkupCensus census = new MarkupCensus(html);
    census.scan(o.maxMarkupTags(), o.maxMarkupDepth());
    if (census.tags > o.maxMarkupTags()) {
      throw new ExtractionException(
          Reason.TOO_LARGE,
          "page has more than "
              + o.maxMarkupTags()
              + " HTML tags; not parsed (raise it with --max-markup-tags)");
    }
    if (census.maxDepth > o.maxMarkupDepth()) {
      throw new ExtractionException(
          Reason.TOO_DEEP,
          "page nests its elements more than "
              + o.maxMarkupDepth()
              + " deep; not parsed (raise it with --max-markup-depth)");
    }
  }

  private void scan(int maxTags, int maxDepthAllowed) {
    int i = html.indexOf('<');
    while (i >= 0 && i + 1 < n && tags <= maxTags && maxDepth <= maxDepthAllowed) {
      char c = html.charAt(i + 1);
      if (c == '!') {
        i = html.startsWith("<!--", i) ? after(html.indexOf("-->", i + 4), 3) : after(i + 1);
      } else if (c == '/') {
        if (CONTAINERS.contains(name(i + 2)) && depth > 0) {
          depth--;
        }
        i = after(i + 2);
      } else if (isLetter(c)) {
        i = startTag(i);
      } else {
        i++;
      }
      i = i < n ? html.indexOf('<', i) : -1;
    }
  }

  private int startTag(int open) {
    tags++;
    String name = name(open + 1);
    int close = html.indexOf('>', open);
    if (close < 0) {
      return n;
    }
    boolean selfClosing = html.charAt(close - 1) == '/';
    if (CONTAINERS.contains(name) && !selfClosing) {
      depth++;
      maxDepth = Math.max(maxDepth, depth);
    }
    if (RAW_TEXT.contains(name) && !selfClosing) {
      return endOfRawText(close + 1, name);
    }
    return close + 1;
  }

  /** The position just after {@code </name}, or the end of the text when it is never closed. */
  private int endOfRawText(int from, String name) {
    int i = html.indexOf("</", from);
    while (i >= 0) {
      if (html.regionMatches(true, i + 2, name, 0, name.length())) {
        return i + 2 + name.length();
      }
      i = html.indexOf("</", i + 2);
    }
    return n;
  }

  private int after(int from) {
    return after(html.indexOf('>', from), 1);
  }

  private int after(int found, int length) {
    return found < 0 ? n : found + length;
  }

  /** The tag name at {@code from}, lower-cased; only the first few letters matter for the sets. */
  private String name(int from) {
    int end = from;
    while (end < n && end - from <= MAX_NAME && isNameChar(html.charAt(end))) {
      end++;
    }
    return html.substring(from, end).toLowerCase(Locale.ROOT);
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNameChar(char c) {
    return isLetter(c) || (c >= '0' && c <= '9') || c == '-';
  }
}
