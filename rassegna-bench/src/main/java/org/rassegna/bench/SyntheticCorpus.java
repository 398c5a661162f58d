package org.rassegna.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rassegna.extract.Extraction;
import org.rassegna.model.Block;
import org.rassegna.model.Outcome;
import org.rassegna.model.SourceItem;
import org.rassegna.source.PageSource;
import org.rassegna.source.SourceOptions;
import org.rassegna.source.Sources;
import org.rassegna.store.internal.StoredArticle;
import org.rassegna.store.internal.StoredEnrichment;

/**
 * A large corpus made of real text: the paragraphs (over 80 characters) of every page extracted
 * from a folder are pooled with their page's language, and article {@code i} takes five paragraphs
 * drawn at random, its language from the first, a title from the first eight words of a sixth, one
 * of 50 sites, 300 authors and 8 sections, and a day in 2020-2024. Everything comes from one seeded
 * random stream, so the same folder, seed and count give the same articles in the same order: the
 * Lucene index and the FTS5 table of a benchmark hold the same corpus.
 */
final class SyntheticCorpus {
  private static final int PARAGRAPHS = 5;
  private static final List<String> SECTIONS =
      List.of("politics", "world", "economy", "sport", "culture", "science", "opinion", "local");

  /** A pooled paragraph and the language of the page it came from. */
  record Paragraph(String text, Optional<String> language) {}

  private static final Pattern PHRASE_WORD = Pattern.compile("\\p{L}{3,}");

  private final List<Paragraph> pool;

  private SyntheticCorpus(List<Paragraph> pool) {
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("no paragraph of over 80 characters to build from");
    }
    this.pool = List.copyOf(pool);
  }

  /** Extracts every page of the folder and pools its paragraphs. */
  static SyntheticCorpus fromPages(Path dir) throws IOException {
    List<Paragraph> out = new ArrayList<>();
    Extraction x = Extraction.withDefaults();
    try (PageSource src = Sources.open(List.of(dir), SourceOptions.defaults())) {
      for (SourceItem item : src) {
        Outcome o = x.apply(item, Set.of());
        if (o instanceof Outcome.Extracted e) {
          for (Block b : e.article().blocks()) {
            if (b.text().length() > 80) {
              out.add(new Paragraph(b.text(), e.article().language()));
            }
          }
        }
      }
    }
    return new SyntheticCorpus(out);
  }

  int poolSize() {
    return pool.size();
  }

  /** The next article of the stream {@code r}; call with the same stream in order. */
  StoredArticle article(int i, Random r) {
    StringBuilder text = new StringBuilder();
    Paragraph first = pool.get(r.nextInt(pool.size()));
    text.append(first.text());
    for (int p = 1; p < PARAGRAPHS; p++) {
      text.append("\n\n").append(pool.get(r.nextInt(pool.size())).text());
    }
    String[] words = pool.get(r.nextInt(pool.size())).text().split("\\s+");
    String title = String.join(" ", Arrays.copyOf(words, Math.min(8, words.length)));
    LocalDate day = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(5 * 365));
    String site = "site-" + r.nextInt(50) + ".example";
    return new StoredArticle(
        "s" + i,
        Optional.of("https://" + site + "/a/" + i),
        Optional.of(site),
        Optional.of(title),
        Optional.of(day.toString()),
        Optional.of(day),
        first.language(),
        List.of("Author " + r.nextInt(300)),
        Optional.of(SECTIONS.get(r.nextInt(SECTIONS.size()))),
        List.of(),
        "article",
        text.toString(),
        "synthetic",
        Optional.empty(),
        Optional.empty(),
        "h" + i,
        Optional.empty(),
        1,
        StoredEnrichment.none());
  }

  /**
   * Queries of three classes drawn from the pool with their own stream: one word and two words
   * (from different paragraphs) of five letters or more, and a phrase of two words of three letters
   * or more that stand next to each other in a paragraph; lower case, so that both engines parse
   * them as plain terms.
   */
  String[][] queries(Random r, int n) {
    String[][] out = new String[3][n];
    for (int i = 0; i < n; i++) {
      String p = pool.get(r.nextInt(pool.size())).text();
      String[] w = words(p);
      String[] v = words(pool.get(r.nextInt(pool.size())).text());
      out[0][i] = w[r.nextInt(w.length)];
      out[1][i] = w[r.nextInt(w.length)] + " " + v[r.nextInt(v.length)];
      out[2][i] = "\"" + adjacentPair(p, r).orElse(out[0][i]) + "\"";
    }
    return out;
  }

  private static String[] words(String p) {
    String[] w =
        Stream.of(p.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
            .filter(s -> s.length() >= 5)
            .toArray(String[]::new);
    return w.length == 0 ? new String[] {"people"} : w;
  }

  private static Optional<String> adjacentPair(String p, Random r) {
    String[] t = p.toLowerCase(Locale.ROOT).split("\\s+");
    List<String> pairs = new ArrayList<>();
    for (int k = 0; k + 1 < t.length; k++) {
      if (PHRASE_WORD.matcher(t[k]).matches() && PHRASE_WORD.matcher(t[k + 1]).matches()) {
        pairs.add(t[k] + " " + t[k + 1]);
      }
    }
    return pairs.isEmpty() ? Optional.empty() : Optional.of(pairs.get(r.nextInt(pairs.size())));
  }
}
