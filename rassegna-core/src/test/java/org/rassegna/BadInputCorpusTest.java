package org.rassegna;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rassegna.extract.Extraction;
import org.rassegna.extract.OutcomeTally;
import org.rassegna.model.Outcome;
import org.rassegna.model.SourceItem;
import org.rassegna.source.PageSource;
import org.rassegna.source.SourceOptions;
import org.rassegna.source.Sources;

/**
 * The bad-input corpus: every file under {@code src/test/resources/bad-input/} ends with the
 * outcomes {@code expected.tsv} lists for it (in order, one per record), every outcome keeps the
 * {@link OutcomeContract}, and the folder read at once gives exactly the sum of them. Inputs too
 * big to commit (megabyte lines, gzip bombs, tag floods) are generated here with their expectation.
 *
 * <p>{@code expected.tsv} columns: file, outcomes ({@code extracted}, {@code skipped:<reason>} or
 * {@code failed:<reason>}, comma-separated), and what the file holds.
 */
class BadInputCorpusTest {
  private static final String PROSE =
      "Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico, dopo una"
          + " discussione che è durata fino a mezzanotte e ha diviso la maggioranza. ";

  @TempDir Path tmp;

  private static Path corpus() {
    try {
      return Path.of(BadInputCorpusTest.class.getResource("/bad-input/expected.tsv").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rows of expected.tsv as file name → expected outcome kinds. */
  private static Map<String, List<String>> expected() {
    try {
      Map<String, List<String>> rows = new TreeMap<>();
      for (String line : Files.readAllLines(corpus().resolve("expected.tsv"))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        rows.put(cols[0], List.of(cols[1].split(",")));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> committedFiles() {
    return expected().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  private static List<String> run(Path path, SourceOptions options, OutcomeTally tally) {
    Extraction extraction = Extraction.withDefaults();
    List<String> kinds = new ArrayList<>();
    try (PageSource source = Sources.open(List.of(path), options)) {
      for (SourceItem item : source) {
        Outcome o = extraction.apply(item, Set.of());
        OutcomeContract.check(o);
        tally.add(o);
        kinds.add(kind(o));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return kinds;
  }

  private static String kind(Outcome o) {
    if (o instanceof Outcome.Skipped s) {
      return "skipped:" + s.reason().code();
    }
    if (o instanceof Outcome.Failed f) {
      return "failed:" + f.reason().code();
    }
    return "extracted";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("committedFiles")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void every_committed_bad_input_ends_with_its_expected_outcomes(
      String file, List<String> outcomes) {
    assertThat(run(corpus().resolve(file), SourceOptions.defaults(), new OutcomeTally()))
        .as(file)
        .isEqualTo(outcomes);
  }

  @Test
  void every_file_of_the_corpus_is_listed_and_every_listed_file_exists() throws IOException {
    try (Stream<Path> files = Files.list(corpus())) {
      Set<String> present =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("expected.tsv"))
              .collect(Collectors.toSet());
      assertThat(present).containsExactlyInAnyOrderElementsOf(expected().keySet());
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void the_folder_read_at_once_gives_every_expected_outcome_and_counts_add_up() {
    OutcomeTally tally = new OutcomeTally();

    List<String> kinds = run(corpus(), SourceOptions.defaults(), tally);

    List<String> all = expected().values().stream().flatMap(List::stream).toList();
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(all);
    assertThat(tally.read()).isEqualTo(all.size());
    assertThat(tally.extracted() + tally.skipped() + tally.failed()).isEqualTo(tally.read());
    assertThat(tally.extracted()).isEqualTo(all.stream().filter("extracted"::equals).count());
  }

  /** A generated input: its file name, how to write it, and the outcomes it must give. */
  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  static Stream<Arguments> generatedFiles() {
    byte[] prose = PROSE.getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of(
            "single-3mb-line.txt",
            (Writer)
                out -> {
                  out.write("Titolo\n".getBytes(StandardCharsets.UTF_8));
                  repeat(out, prose, 3 << 20);
                },
            List.of("extracted")),
        Arguments.of(
            "single-3mb-line.html",
            (Writer)
                out -> {
                  out.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
                  repeat(out, prose, 3 << 20);
                  out.write("</p></body></html>".getBytes(StandardCharsets.UTF_8));
                },
            List.of("extracted")),
        Arguments.of(
            "tag-flood.html",
            (Writer)
                out -> {
                  out.write(("<html><body><p>" + PROSE + "</p>").getBytes(StandardCharsets.UTF_8));
                  repeat(out, "<b>x</b>".getBytes(StandardCharsets.UTF_8), 2 << 20);
                },
            List.of("failed:too-large")),
        Arguments.of(
            "numeric-entity-flood.html",
            (Writer)
                out -> {
                  out.write(
                      ("<html><body><p>" + PROSE + "</p><p>").getBytes(StandardCharsets.UTF_8));
                  repeat(out, "&#65;&#x1F600;&#0;".getBytes(StandardCharsets.UTF_8), 4 << 20);
                },
            List.of("extracted")),
        Arguments.of(
            "bomb.html.gz",
            (Writer) out -> gzip(out, new byte[1 << 20], 80),
            List.of("failed:too-large")),
        Arguments.of(
            "line-over-the-record-bound.jsonl",
            (Writer)
                out -> {
                  out.write("{\"html\":\"".getBytes(StandardCharsets.UTF_8));
                  repeat(out, prose, 70 << 20);
                  out.write("\"}\n{\"text\":\"Titolo\\n".getBytes(StandardCharsets.UTF_8));
                  out.write((PROSE + PROSE + "\"}\n").getBytes(StandardCharsets.UTF_8));
                },
            List.of("failed:too-large", "extracted")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generatedFiles")
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void every_generated_big_input_ends_with_its_expected_outcomes(
      String name, Writer writer, List<String> outcomes) throws IOException {
    Path file = tmp.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      writer.write(out);
    }

    assertThat(run(file, SourceOptions.defaults(), new OutcomeTally())).isEqualTo(outcomes);
  }

  private static void repeat(OutputStream out, byte[] chunk, long total) throws IOException {
    for (long n = 0; n < total; n += chunk.length) {
      out.write(chunk);
    }
  }

  private static void gzip(OutputStream out, byte[] chunk, int times) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    for (int i = 0; i < times; i++) {
      gz.write(chunk);
    }
    gz.finish();
  }
}
