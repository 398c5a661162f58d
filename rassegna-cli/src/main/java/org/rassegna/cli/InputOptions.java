package org.rassegna.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.rassegna.extract.ExtractOptions;
import org.rassegna.extract.text.RepeatedLines;
import org.rassegna.model.Outcome;
import org.rassegna.source.FileKind;
import org.rassegna.source.PageSource;
import org.rassegna.source.SourceOptions;
import org.rassegna.source.Sources;
import picocli.CommandLine.Option;

/** Options shared by every command that reads pages. */
final class InputOptions {
  private static final String STDIN = "-";

  @Option(names = "--comments", description = "Keep reader comments in a 'comments' field.")
  boolean comments;

  @Option(names = "--strict", description = "Stop at the first failed record.")
  boolean strict;

  @Option(
      names = "--verbose",
      description = "Report every skipped record too, and stack traces of errors.")
  boolean verbose;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: the number of cores).")
  int threads;

  @Option(
      names = "--max-page-bytes",
      paramLabel = "BYTES",
      defaultValue = "" + ExtractOptions.DEFAULT_MAX_PAGE_BYTES,
      description = "Pages larger than this fail with 'too-large' (default: ${DEFAULT-VALUE}).")
  long maxPageBytes;

  @Option(
      names = "--max-markup-tags",
      paramLabel = "N",
      defaultValue = "" + ExtractOptions.DEFAULT_MAX_MARKUP_TAGS,
      description =
          "HTML pages with more tags fail with 'too-large' before parsing (default:"
              + " ${DEFAULT-VALUE}).")
  int maxMarkupTags;

  @Option(
      names = "--max-markup-depth",
      paramLabel = "N",
      defaultValue = "" + ExtractOptions.DEFAULT_MAX_MARKUP_DEPTH,
      description =
          "HTML pages whose elements nest deeper fail with 'too-deep' before parsing (default:"
              + " ${DEFAULT-VALUE}).")
  int maxMarkupDepth;

  @Option(
      names = "--max-line-chars",
      paramLabel = "N",
      defaultValue = "" + ExtractOptions.DEFAULT_MAX_LINE_CHARS,
      description = "Longer text-dump lines are split at a space (default: ${DEFAULT-VALUE}).")
  int maxLineChars;

  @Option(
      names = "--page-timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "A page still being extracted after this long fails with 'timeout' and the run goes on;"
              + " 0 waits for ever (default: ${DEFAULT-VALUE}).")
  double pageTimeoutSeconds;

  @Option(
      names = "--max-gzip-ratio",
      paramLabel = "N",
      defaultValue = "" + SourceOptions.DEFAULT_MAX_GZIP_RATIO,
      description =
          "Gzip input inflating to more than N times its size fails with 'too-large' (default:"
              + " ${DEFAULT-VALUE}).")
  int maxGzipRatio;

  @Option(
      names = "--failed-out",
      paramLabel = "FILE",
      description =
          "Write each failed record as a JSON line (source, stage, reason, message) to FILE.")
  Path failedOut;

  @Option(
      names = "--stdin-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "What '-' (standard input) holds: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE};"
              + " auto reads WARC/1. as WARC, '{' as JSON Lines, anything else as HTML). Gzip is"
              + " recognised by itself.")
  StdinFormat stdinFormat;

  int threads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  ExtractOptions extractOptions() {
    return ExtractOptions.defaults()
        .withComments(comments)
        .withMaxPageBytes(maxPageBytes)
        .withMaxMarkup(maxMarkupTags, maxMarkupDepth)
        .withMaxLineChars(maxLineChars)
        .withPageTimeout(Duration.ofMillis(Math.round(pageTimeoutSeconds * 1000)));
  }

  FailedOut failedOut() throws IOException {
    return FailedOut.open(Optional.ofNullable(failedOut));
  }

  /**
   * The records of the paths in order; {@code -} stands for standard input. The source bound never
   * falls below the page bound, so every page the extractor accepts can be read.
   */
  PageSource open(List<String> paths) {
    SourceOptions options =
        new SourceOptions(
            Math.max(maxPageBytes, SourceOptions.DEFAULT_MAX_RECORD_BYTES), maxGzipRatio);
    if (!paths.contains(STDIN)) {
      return Sources.open(toPaths(paths), options);
    }
    List<PageSource> parts = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (String p : paths) {
      if (!p.equals(STDIN)) {
        files.add(p);
        continue;
      }
      if (!files.isEmpty()) {
        parts.add(Sources.open(toPaths(files), options));
        files = new ArrayList<>();
      }
      parts.add(Sources.openStdin(System.in, stdinFormat.kind(), options));
    }
    if (!files.isEmpty()) {
      parts.add(Sources.open(toPaths(files), options));
    }
    return Sources.concat(parts);
  }

  /**
   * Lines repeated across the text dumps of this run (site boilerplate): built from every text dump
   * the paths stand for, read one at a time, when there are at least two. Dumps over 4 MB (after
   * gunzip) are left out: they are not pages, and the bound keeps this pass cheap.
   */
  Set<String> repeatedLines(List<String> paths) {
    final int maxBytes = 4 << 20;
    List<Path> dumps = new ArrayList<>();
    for (Path p : toPaths(paths)) {
      try (Stream<Path> walk = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
        walk.filter(Files::isRegularFile)
            .filter(f -> FileKind.of(f).filter(k -> k == FileKind.TEXT).isPresent())
            .forEach(dumps::add);
      } catch (IOException | UncheckedIOException e) {
        // An unreadable path is reported when its pages are read; it only adds no lines here.
      }
    }
    if (dumps.size() < 2) {
      return Set.of();
    }
    RepeatedLines.Builder lines = new RepeatedLines.Builder();
    for (Path f : dumps) {
      try (InputStream raw = Files.newInputStream(f);
          InputStream in = FileKind.isGzip(f) ? new GZIPInputStream(raw) : raw) {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length <= maxBytes) {
          lines.addPage(new String(bytes, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // Same as above: the extraction pass reports the file; repetition just lacks it.
      }
    }
    return lines.build();
  }

  /** How many files the paths stand for; drives the progress bar. */
  long countFiles(List<String> paths) {
    long n = 0;
    for (Path p : toPaths(paths)) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          n += walk.filter(Files::isRegularFile).filter(f -> FileKind.of(f).isPresent()).count();
        } catch (IOException | UncheckedIOException e) {
          n++;
        }
      } else {
        n++;
      }
    }
    return n;
  }

  /** One line per failed record (and per skipped one with --verbose). */
  void report(PrintWriter err, Outcome outcome) {
    if (outcome instanceof Outcome.Failed f) {
      err.println(
          "failed "
              + f.source().describe()
              + " ["
              + f.stage().code()
              + "/"
              + f.reason().code()
              + "]: "
              + f.message());
    } else if (outcome instanceof Outcome.Skipped s && verbose) {
      err.println(
          "skipped " + s.source().describe() + " [" + s.reason().code() + "]: " + s.message());
    }
  }

  private static List<Path> toPaths(List<String> paths) {
    List<Path> out = new ArrayList<>();
    for (String p : paths) {
      out.add(Path.of(p));
    }
    return out;
  }
}
