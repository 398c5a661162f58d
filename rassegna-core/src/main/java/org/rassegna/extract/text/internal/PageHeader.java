package org.rassegna.extract.text.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The lines just above the article: its title, its dateline and its byline. Pages print these in
 * the few lines before the first paragraph, so each is looked for in that window only, nearest
 * first where nearness matters.
 *
 * @param title index of the title line
 * @param dateline index of the line holding the publication date
 * @param byline index of the line naming the authors (may equal {@code dateline})
 * @param authors the names read from the byline
 * @param bodyStart index of the first line of the article text proper, after its header
 */
public record PageHeader(
    OptionalInt title,
    OptionalInt dateline,
    OptionalInt byline,
    List<String> authors,
    int bodyStart) {

  /** Lines above the first paragraph that may belong to the article's header. */
  static final int WINDOW = 15;

  private static final int MAX_DATELINE_WORDS = 25;
  private static final int MAX_BYLINE_WORDS = 12;

  /** Lines into the labelled body where a dateline may still sit below the title. */
  private static final int LOOKAHEAD = 6;

  /** A body line longer than this, or a full sentence, is article text, not header. */
  private static final int MAX_HEADER_WORDS = 40;

  public PageHeader {
    authors = List.copyOf(authors);
  }

  /**
   * Finds the header of the article labelled by {@code inBody}. A title often reads like prose and
   * lands in the labelled body; a dateline or byline right below it shows where the header ends, so
   * the body then starts after them.
   */
  public static PageHeader find(
      List<TextLine> lines, List<LineFeatures> features, boolean[] inBody) {
    int first = 0;
    while (first < inBody.length && !inBody[first]) {
      first++;
    }
    int start = headerEnd(lines, features, inBody, first);
    int from = Math.max(0, start - WINDOW);
    OptionalInt dateline = OptionalInt.empty();
    for (int i = start - 1; i >= from && dateline.isEmpty(); i--) {
      if (isDateline(features.get(i))) {
        dateline = OptionalInt.of(i);
      }
    }
    OptionalInt byline = OptionalInt.empty();
    List<String> authors = List.of();
    for (int i = from; i < start && byline.isEmpty(); i++) {
      String text = lines.get(i).text();
      if (isByline(text, features.get(i))) {
        List<String> names = Bylines.authors(text);
        if (names.isEmpty() && i + 1 < start) {
          names = Bylines.authors(lines.get(i + 1).text());
        }
        if (!names.isEmpty()) {
          byline = OptionalInt.of(i);
          authors = names;
        }
      }
    }
    if (byline.isEmpty() && dateline.isPresent()) {
      authors = authorsBesideDate(lines.get(dateline.getAsInt()).text());
      byline = authors.isEmpty() ? byline : dateline;
    }
    OptionalInt title = title(lines, features, from, start, dateline, byline);
    if (title.isEmpty() && opensWithHeadline(features, inBody, start)) {
      title = OptionalInt.of(start);
      start++;
    }
    return new PageHeader(title, dateline, byline, authors, start);
  }

  /** The first body line after a dateline or byline found in the first lines of the body. */
  private static int headerEnd(
      List<TextLine> lines, List<LineFeatures> features, boolean[] inBody, int first) {
    int start = first;
    int limit = Math.min(inBody.length, first + LOOKAHEAD);
    for (int j = first; j < limit; j++) {
      LineFeatures f = features.get(j);
      if (isDateline(f) || isByline(lines.get(j).text(), f)) {
        start = j + 1;
      } else if (inBody[j] && (f.words() > MAX_HEADER_WORDS || f.endsSentence())) {
        break;
      }
    }
    return start;
  }

  /**
   * Whether the labelled body opens with a headline: a title-like line that does not end a
   * sentence, followed by more body. Pages whose dump starts with the title have nothing above the
   * body to take it from.
   */
  private static boolean opensWithHeadline(
      List<LineFeatures> features, boolean[] inBody, int start) {
    return start + 1 < inBody.length
        && inBody[start]
        && inBody[start + 1]
        && canBeTitle(features.get(start))
        && !features.get(start).endsSentence();
  }

  private static boolean isDateline(LineFeatures f) {
    return f.dateLike() && f.words() <= MAX_DATELINE_WORDS;
  }

  private static boolean isByline(String text, LineFeatures f) {
    return f.words() <= MAX_BYLINE_WORDS && Bylines.isLead(text);
  }

  /**
   * The names written before the date of a dateline, else those written after it. Without a byline
   * word to vouch for them, single words ("Monday", "Share") are not taken as names.
   */
  private static List<String> authorsBesideDate(String line) {
    Optional<Datelines.Span> span = Datelines.find(line);
    if (span.isEmpty()) {
      return List.of();
    }
    List<String> before = Bylines.authors(line.substring(0, span.get().start()));
    List<String> names =
        before.isEmpty() ? Bylines.authors(line.substring(span.get().end())) : before;
    boolean oneWord = names.size() == 1 && Tokens.of(names.get(0)).size() < 2;
    return oneWord ? List.of() : names;
  }

  /** The text of a dateline with its date taken out: often the byline. */
  public static String besideDate(String line) {
    Optional<Datelines.Span> span = Datelines.find(line);
    if (span.isEmpty()) {
      return line;
    }
    return (line.substring(0, span.get().start()) + " " + line.substring(span.get().end())).strip();
  }

  private static OptionalInt title(
      List<TextLine> lines,
      List<LineFeatures> features,
      int from,
      int start,
      OptionalInt dateline,
      OptionalInt byline) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = from; i < start; i++) {
      if (isIndex(dateline, i) || isIndex(byline, i) || !canBeTitle(features.get(i))) {
        continue;
      }
      double s = titleScore(lines, features.get(i), i, start);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  private static boolean canBeTitle(LineFeatures f) {
    return f.words() >= 3
        && f.words() <= 40
        && f.cue() == BoilerplateCues.Cue.NONE
        && !f.repeated()
        && !f.truncated()
        && !f.dateLike()
        && !f.bylineLead();
  }

  /** Titles are mid-length, unpunctuated, close to the text, and often echo the page title. */
  private static double titleScore(List<TextLine> lines, LineFeatures f, int i, int start) {
    double s = Math.min(f.words(), 10) * 0.2;
    s += f.endsSentence() ? -1.5 : 0.5;
    s -= 0.4 * (start - i);
    if (echoedNearTop(lines, i)) {
      s += 1.5;
    }
    return s;
  }

  /** Whether another of the first lines of the page contains line {@code i} (the page title). */
  private static boolean echoedNearTop(List<TextLine> lines, int i) {
    String t = lines.get(i).text().toLowerCase(Locale.ROOT);
    for (int j = 0; j < Math.min(lines.size(), 10); j++) {
      if (j != i && lines.get(j).text().toLowerCase(Locale.ROOT).contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIndex(OptionalInt idx, int i) {
    return idx.isPresent() && idx.getAsInt() == i;
  }
}
