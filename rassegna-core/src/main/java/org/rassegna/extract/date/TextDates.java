package org.rassegna.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * says date, time, byline, meta…), then, as a weak last resort, anywhere in the text after the
 * headline. Boilerplate (sidebars, teasers, comments, site chrome) is skipped entirely, in one walk
 * over the DOM.
 */
final class TextDates {
  private static final Pattern BYLINE =
      Pattern.compile(
          "date|datum|time|zeit|byline|dateline|publi|posted|meta|fecha|data|info|stand|autor|author");
  private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg");
  private static final int MAX_CHARS = 60_000;
  private static final int MAX_BYLINE_CHARS = 250;

  private final StringBuilder text = new StringBuilder();
  private final List<int[]> bylines = new ArrayList<>();
  private final Boilerplate boilerplate;
  private int headline = -1;

  private TextDates(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /** The text of {@code body} outside boilerplate, with where its bylines and headline are. */
  static TextDates of(Element body, Boilerplate boilerplate) {
    TextDates t = new TextDates(boilerplate);
    body.filter(t.new Collector());
    return t;
  }

  /** The first date in a byline-like element, preferring those after the headline. */
  Optional<PublicationDate> byline(Function<String, Optional<PublicationDate>> parse) {
    Optional<PublicationDate> before = Optional.empty();
    for (int[] span : bylines) {
      Optional<PublicationDate> d = parse.apply(text.substring(span[0], span[1]));
      if (d.isPresent() && span[0] >= headline) {
        return d;
      }
      if (before.isEmpty()) {
        before = d;
      }
    }
    return before;
  }

  /** The text after the headline (or all of it when there is none). */
  String afterHeadline() {
    return text.substring(Math.max(0, headline));
  }

  private final class Collector implements NodeFilter {
    private final List<Element> open = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();

    @Override
    public FilterResult head(Node node, int depth) {
      if (text.length() > MAX_CHARS) {
        return FilterResult.STOP;
      }
      if (node instanceof TextNode t) {
        text.append(t.text()).append(' ');
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (SKIP.contains(e.normalName()) || (depth > 0 && boilerplate.isBoilerplate(e))) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (headline < 0 && boilerplate.headline().map(h -> h == e).orElse(false)) {
        headline = text.length();
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (!names.isBlank() && BYLINE.matcher(names).find()) {
        open.add(e);
        starts.add(text.length());
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      int last = open.size() - 1;
      if (last >= 0 && open.get(last) == node) {
        int start = starts.remove(last);
        open.remove(last);
        if (text.length() - start <= MAX_BYLINE_CHARS) {
          bylines.add(new int[] {start, text.length()});
        }
      }
      return FilterResult.CONTINUE;
    }
  }
}
