package org.rassegna.extract.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lines that recur across several text dumps of one run: menus, footers and section headings a site
 * prints on every page. Article sentences almost never repeat verbatim across pages.
 */
public final class RepeatedLines {
  private RepeatedLines() {}

  /** Minimum number of pages a line must appear on to count as repeated. */
  public static final int MIN_PAGES = 2;

  /** Normalised form used both when counting and when looking a line up. */
  public static String normalize(String line) {
    return line.strip().replaceAll("\\s+", " ");
  }

  /** Counts, per distinct line, the pages holding it. */
  public static final class Builder {
    private final Map<String, Integer> pagesPerLine = new HashMap<>();

    public Builder addPage(String dump) {
      Set<String> seen = new HashSet<>();
      for (String line : dump.split("\\R")) {
        String n = normalize(line);
        if (!n.isEmpty() && seen.add(n)) {
          pagesPerLine.merge(n, 1, Integer::sum);
        }
      }
      return this;
    }

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
