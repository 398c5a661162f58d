package org.rassegna.extract.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rassegna.extract.text.internal.TextLine;
import org.rassegna.extract.text.internal.Whitespace;

/**
 * Lines that recur across several text dumps of one run: menus, footers and section headings a site
 * prints on every page. Article sentences almost never repeat verbatim across pages, so a repeated
 * line is strong evidence of boilerplate for {@link TextDumpExtractor}.
 *
 * <p>Lines are compared in a {@linkplain #normalize normal form} that ignores case, spacing and the
 * value of numbers, so "© 2019 Site" and "© 2020 Site", or "12 comments" and "3 comments", count as
 * one line. Memory is bounded: lines longer than {@value #MAX_LINE_CHARS} characters (prose, not
 * furniture) are not counted, at most {@value #MAX_DISTINCT_LINES} distinct lines are tracked, and
 * a page seen before verbatim is not counted twice, so duplicate pages do not turn their own text
 * into boilerplate.
 */
public final class RepeatedLines {
  private RepeatedLines() {}

  /** Minimum number of pages a line must appear on to count as repeated. */
  public static final int MIN_PAGES = 2;

  /** Longer lines are prose and never counted. */
  public static final int MAX_LINE_CHARS = 500;

  /** Bound on the distinct lines a builder tracks; later new lines are ignored. */
  public static final int MAX_DISTINCT_LINES = 2_000_000;

  /**
   * Normalised form used both when counting and when looking a line up: whitespace collapsed, lower
   * case, every run of digits replaced by one {@code 0}.
   */
  public static String normalize(String line) {
    String s = Whitespace.collapse(line).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    boolean inDigits = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (!digit) {
        sb.append(c);
      } else if (!inDigits) {
        sb.append('0');
      }
      inDigits = digit;
    }
    return sb.toString();
  }

  /** Counts, per distinct line, the pages holding it. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Integer> pagesPerLine = new HashMap<>();
    private final Set<Long> pageHashes = new HashSet<>();

    /** Counts the lines of one more page; a verbatim repeat of an earlier page is ignored. */
    public Builder addPage(String dump) {
      if (!pageHashes.add(((long) dump.hashCode() << 32) | dump.length())) {
        return this;
      }
      Set<String> seen = new HashSet<>();
      for (TextLine line : TextLine.split(dump)) {
        if (line.text().length() > MAX_LINE_CHARS) {
          continue;
        }
        String n = normalize(line.text());
        if (seen.add(n)
            && (pagesPerLine.size() < MAX_DISTINCT_LINES || pagesPerLine.containsKey(n))) {
          pagesPerLine.merge(n, 1, Integer::sum);
        }
      }
      return this;
    }

    /** The normalised lines seen on at least {@link #MIN_PAGES} pages. */
    public Set<String> build() {
      Set<String> out = new HashSet<>();
      pagesPerLine.forEach(
          (line, pages) -> {
            if (pages >= MIN_PAGES) {
              out.add(line);
            }
          });
      return out;
    }
  }
}
