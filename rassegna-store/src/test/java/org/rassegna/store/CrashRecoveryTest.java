package org.rassegna.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest process ({@code destroyForcibly}, SIGKILL on Unix) at random points, runs it
 * again to the end, and demands the corpus a clean run gives: the same rows, and an index holding
 * exactly the database's non-duplicate articles. The seed is printed; set {@code
 * -Drassegna.crash.seed=N} to replay a run.
 */
class CrashRecoveryTest {
  private static final int PAGES = 150;
  private static final int KILLS = 4;
  private static final int BATCH = 7;
  private static final String QUOTES = "SELECT * FROM quotes ORDER BY ALL";
  private static final String EVENTS = "SELECT * FROM events ORDER BY ALL";

  @TempDir Path tmp;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void corpus_killed_at_random_points_ends_as_after_one_clean_run() throws Exception {
    long seed = Long.getLong("rassegna.crash.seed", System.nanoTime());
    System.out.println("CrashRecoveryTest seed: " + seed);
    Random random = new Random(seed);
    Path pages = Pages.generate(tmp.resolve("pages"), PAGES, random);
    Path crashed = tmp.resolve("crashed");
    Path clean = tmp.resolve("clean");

    for (int i = 0; i < KILLS; i++) {
      runChild(crashed, pages, 1 + random.nextInt(PAGES + 20));
    }
    assertThat(runChild(crashed, pages, Integer.MAX_VALUE)).isZero();
    assertThat(runChild(clean, pages, Integer.MAX_VALUE)).isZero();

    assertThat(rows(crashed)).isEqualTo(rows(clean)).hasSizeGreaterThan(PAGES / 2);
    assertThat(mentions(crashed)).isEqualTo(mentions(clean)).hasSizeGreaterThan(PAGES);
    assertThat(all(crashed, QUOTES)).isEqualTo(all(clean, QUOTES)).isNotEmpty();
    assertThat(all(crashed, EVENTS)).isEqualTo(all(clean, EVENTS)).isNotEmpty();
    try (Corpus c = Corpus.open(crashed)) {
      assertThat(c.reindexedOnOpen()).isZero();
      assertThat(c.indexedIds()).isEqualTo(c.originalIds());
    }
  }

  /**
   * Runs the child; kills it after it reported {@code killAfter} records; returns the exit code.
   */
  private static int runChild(Path corpus, Path pages, int killAfter) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(),
                corpus.toString(),
                pages.toString(),
                Integer.toString(BATCH))
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    int seen = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("added") && ++seen >= killAfter) {
          p.destroyForcibly();
          break;
        }
      }
    }
    return p.waitFor();
  }

  /** Every article row as text, sorted, without the columns that depend on timing. */
  private static List<String> rows(Path corpus) throws IOException, java.sql.SQLException {
    try (CorpusSql sql = CorpusSql.open(corpus)) {
      return sql
          .query(
              "SELECT id, url, title, published, language, text, content_hash, duplicate_of,"
                  + " source_path FROM articles ORDER BY id",
              Integer.MAX_VALUE)
          .rows()
          .stream()
          .map(r -> String.join("|", r).replace(corpus.toString(), ""))
          .toList();
    }
  }

  /** Every mention row with its entity, sorted. */
  private static List<String> mentions(Path corpus) throws IOException, java.sql.SQLException {
    return all(
        corpus,
        "SELECT m.*, e.* FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id ORDER BY ALL");
  }

  /** The rows of a query, each as one line. */
  private static List<String> all(Path corpus, String query)
      throws IOException, java.sql.SQLException {
    try (CorpusSql sql = CorpusSql.open(corpus)) {
      return sql.query(query, Integer.MAX_VALUE).rows().stream()
          .map(r -> String.join("|", r))
          .toList();
    }
  }

  /** Generated HTML pages, a few of them exact copies of others. */
  static final class Pages {
    private static final String[] WORDS = {
      "governo", "elezioni", "ministro", "parlamento", "economia", "mercati", "sindaco", "città",
      "tribunale", "sentenza", "sciopero", "treni", "scuola", "studenti", "ospedale", "medici",
      "Italia", "Francia", "Germania", "Spagna"
    };

    private Pages() {}

    static Path generate(Path dir, int n, Random random) throws IOException {
      Files.createDirectories(dir);
      for (int i = 0; i < n; i++) {
        boolean copy = i > 10 && random.nextInt(10) == 0;
        String html =
            copy ? Files.readString(dir.resolve(name(random.nextInt(i)))) : page(i, random);
        Files.writeString(dir.resolve(name(i)), html);
      }
      return dir;
    }

    private static String name(int i) {
      return String.format("page-%04d.html", i);
    }

    private static String page(int i, Random random) {
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 3; p++) {
        body.append("<p>Notizia ").append(i).append(':');
        for (int w = 0; w < 40; w++) {
          body.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        body.append(".</p>");
      }
      if (i % 3 == 0) {
        // A quote and an event, so that their tables take part in the comparison too.
        body.append("<p>«Serve un accordo ")
            .append(i)
            .append("», ha detto il ministro. L'Italia ha firmato un accordo con la Francia.</p>");
      }
      return "<html lang=it><head><title>Titolo "
          + i
          + "</title></head><body><article><h1>Titolo "
          + i
          + "</h1>"
          + body
          + "</article></body></html>";
    }
  }
}
