package org.rassegna.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.rassegna.model.PublicationDate;

/**
 * Dates written as plain text in the page: first in the byline area (elements whose class or id
 * says date, time, byline, meta…), then, as a weak last resort, in the text after the headline.
 * Hard boilerplate (sidebars, teasers, comments, navigation) is skipped in one walk over the DOM;
 * footers and mastheads are kept apart and read only when the content itself has no date, since a
 * blog's "posted on" line often sits in the post's footer.
 */
final class TextDates {
  private static final Pattern BYLINE =
      Pattern.compile(
          "date|datum|time|zeit|byline|dateline|publi|posted|meta|fecha|data|info|stand|autor|author",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg");
  private static final int MAX_CHARS = 60_000;
  private static final int MAX_BYLINE_CHARS = 250;
  private static final int WEAK_WINDOW = 10_000;

  private final Boilerplate boilerplate;
  private final StringBuilder content = new StringBuilder();
  private final StringBuilder withFooters = new StringBuilder();
  private final List<String> bylines = new ArrayList<>();
  private int contentHeadline = -1;
  private int footersHeadline = -1;

  private TextDates(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /** The text of {@code body} outside boilerplate, with its bylines and headline position. */
  static TextDates of(Element body, Boilerplate boilerplate) {
    TextDates t = new TextDates(boilerplate);
    body.filter(t.new Collector());
    return t;
  }

  /** The first date in a byline-like element, preferring those after the headline. */
  Optional<PublicationDate> byline(Function<String, Optional<PublicationDate>> parse) {
    for (String b : bylines) {
      Optional<PublicationDate> d = parse.apply(b);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * The texts to search for a last-resort date, most telling first: the content after the headline,
   * all of the content, then the same with footers and mastheads kept in.
   */
  List<String> weakTexts() {
    return List.of(
        after(content, contentHeadline),
        before(content, contentHeadline),
        after(withFooters, footersHeadline),
        before(withFooters, footersHeadline));
  }

  /** The start of the text after the headline: a page's date is written near its top. */
  private static String after(StringBuilder text, int headline) {
    int from = Math.max(0, headline);
    return text.substring(from, Math.min(text.length(), from + WEAK_WINDOW));
  }

  /** The end of the text before the headline, nearest to it. */
  private static String before(StringBuilder text, int headline) {
    int to = Math.max(0, headline);
    return text.substring(Math.max(0, to - WEAK_WINDOW), to);
  }

  private final class Collector implements NodeFilter {
    private final List<Element> open = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private Element soft;

    @Override
    public FilterResult head(Node node, int depth) {
      if (withFooters.length() > MAX_CHARS) {
        return FilterResult.STOP;
      }
      if (node instanceof TextNode t) {
        String s = t.text();
        withFooters.append(s).append(' ');
        if (soft == null) {
          content.append(s).append(' ');
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (SKIP.contains(e.normalName())) {
        return FilterResult.SKIP_ENTIRELY;
      }
      Boilerplate.Level level = depth > 0 ? boilerplate.level(e) : Boilerplate.Level.NONE;
      if (level == Boilerplate.Level.HARD) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (level == Boilerplate.Level.SOFT && soft == null) {
        soft = e;
      }
      if (boilerplate.headline().map(h -> h == e).orElse(false)) {
        contentHeadline = content.length();
        footersHeadline = withFooters.length();
      }
      if (soft == null && (BYLINE.matcher(e.className()).find() || BYLINE.matcher(e.id()).find())) {
        open.add(e);
        starts.add(content.length());
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node == soft) {
        soft = null;
      }
      int last = open.size() - 1;
      if (last >= 0 && open.get(last) == node) {
        int start = starts.remove(last);
        open.remove(last);
        if (content.length() - start <= MAX_BYLINE_CHARS) {
          bylines.add(content.substring(start));
        }
      }
      return FilterResult.CONTINUE;
    }
  }
}
