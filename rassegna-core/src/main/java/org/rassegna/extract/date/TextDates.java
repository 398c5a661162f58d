package org.rassegna.extract.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.rassegna.model.PublicationDate;

/**
 * Dates written as plain text in the page: first in the byline area (elements whose class or id
 * says date, time, byline, meta…), then, as a weak last resort, in the text near the headline. Hard
 * boilerplate (sidebars, teasers, comments, navigation) is skipped in one walk over the DOM;
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
  private static final int MAX_WEAK_DATES = 40;
  private static final int MAX_BYLINE_DATES = 4;
  private static final int BEFORE_PENALTY = 3;
  private static final long CUE_WEIGHT = 1_000_000;

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

  /**
   * The first date in a byline-like element that no cue word calls a change ("Aktualisiert am…"),
   * preferring elements after the headline.
   */
  Optional<PublicationDate> byline(NumericOrder order, Predicate<PublicationDate> accept) {
    for (String b : bylines) {
      int previous = 0;
      for (DateParser.Located l : DateParser.locate(b, order, MAX_BYLINE_DATES)) {
        DateCues.Cue cue = DateCues.before(b, l.start(), previous);
        if (accept.test(l.date()) && cue != DateCues.Cue.MODIFIED) {
          return Optional.of(l.date());
        }
        previous = l.end();
      }
    }
    return Optional.empty();
  }

  /**
   * The last-resort date in the text: the one a cue word calls the publication date, else the one
   * nearest the headline that no cue calls a change (dates after it count as nearer than those
   * before, where navigation and tickers sit). Footers and mastheads are read only when the content
   * gives nothing.
   */
  Optional<PublicationDate> nearHeadline(NumericOrder order, Predicate<PublicationDate> accept) {
    Optional<PublicationDate> d = nearHeadline(content, contentHeadline, order, accept);
    return d.isPresent() ? d : nearHeadline(withFooters, footersHeadline, order, accept);
  }

  private static Optional<PublicationDate> nearHeadline(
      StringBuilder text, int headline, NumericOrder order, Predicate<PublicationDate> accept) {
    int h = Math.max(0, headline);
    int from = Math.max(0, h - WEAK_WINDOW);
    String window = text.substring(from, Math.min(text.length(), h + WEAK_WINDOW));
    int anchor = h - from;
    PublicationDate best = null;
    long bestScore = Long.MAX_VALUE;
    int previous = 0;
    for (DateParser.Located l : DateParser.locate(window, order, MAX_WEAK_DATES)) {
      DateCues.Cue cue = DateCues.before(window, l.start(), previous);
      previous = l.end();
      if (!accept.test(l.date())) {
        continue;
      }
      long distance =
          l.start() >= anchor ? l.start() - anchor : (long) (anchor - l.start()) * BEFORE_PENALTY;
      long score = distance + (long) cue.ordinal() * CUE_WEIGHT;
      if (score < bestScore) {
        best = l.date();
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private final class Collector implements NodeFilter {
    private final Map<String, Boolean> bylineNames = new HashMap<>();
    private final List<Element> open = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private Element soft;

    @Override
    public FilterResult head(Node node, int depth) {
      if (withFooters.length() > MAX_CHARS) {
        return FilterResult.STOP;
      }
      if (node instanceof TextNode t) {
        // Appended in place, as TextNode.text() would normalise it, without a String per node.
        int start = withFooters.length();
        StringUtil.appendNormalisedWhitespace(withFooters, t.getWholeText(), false);
        withFooters.append(' ');
        if (soft == null) {
          content.append(withFooters, start, withFooters.length());
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
      if (soft == null && (isByline(e.className()) || isByline(e.id()))) {
        open.add(e);
        starts.add(content.length());
      }
      return FilterResult.CONTINUE;
    }

    /** Whether a class or id names a byline area; asked once per distinct name. */
    private boolean isByline(String name) {
      return !name.isEmpty() && bylineNames.computeIfAbsent(name, n -> BYLINE.matcher(n).find());
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
