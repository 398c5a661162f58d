package org.rassegna.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.rassegna.model.Outcome;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceItem;
import org.rassegna.model.SourceRef;
import org.rassegna.model.Stage;

/**
 * Opens files and folders as one {@link PageSource}. Folders are walked recursively in sorted
 * order; each file is read by the source its name calls for. Files of unknown kind named explicitly
 * are skipped with a reason; inside folders they are ignored (a folder of pages often holds a
 * README).
 */
public final class Sources {
  private Sources() {}

  public static PageSource open(List<Path> paths, SourceOptions options) {
    return new ChainedSource(paths, options);
  }

  /**
   * Reads a stream of unknown size, such as standard input, as one HTML page or text dump, a WARC
   * or a JSON Lines stream; gzip is recognised by its magic bytes. With {@code kind} empty the
   * first bytes decide ({@code WARC/1.}, <code>{</code>, else HTML). Outcomes name the stream
   * {@code "-"}.
   */
  public static PageSource openStdin(
      InputStream in, Optional<FileKind> kind, SourceOptions options) {
    return StdinSource.open(in, kind, options);
  }

  /** The items of several sources one after the other; closing it closes them all. */
  public static PageSource concat(List<PageSource> parts) {
    List<PageSource> all = List.copyOf(parts);
    return new PageSource() {
      @Override
      public Iterator<SourceItem> iterator() {
        return all.stream().flatMap(PageSource::stream).iterator();
      }

      @Override
      public void close() throws IOException {
        IOException first = null;
        for (PageSource p : all) {
          try {
            p.close();
          } catch (IOException e) {
            if (first == null) {
              first = e;
            } else {
              first.addSuppressed(e);
            }
          }
        }
        if (first != null) {
          throw first;
        }
      }
    };
  }

  /** Every file a path stands for, in sorted order; unreadable paths become failed outcomes. */
  static List<Path> expand(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> files = new ArrayList<>();
      walk.filter(Files::isRegularFile)
          .filter(p -> FileKind.of(p).isPresent())
          .sorted()
          .forEach(files::add);
      return files;
    }
  }

  static PageSource openFile(Path file, SourceOptions options) {
    Optional<FileKind> kind = FileKind.of(file);
    if (kind.isEmpty()) {
      return single(
          new Outcome.Skipped(
              SourceRef.file(file.toString(), SourceFormat.HTML),
              Reason.UNSUPPORTED_FILE,
              "not a page file: expected .html, .htm, .txt, .warc, .wet or .jsonl (optionally"
                  + " .gz)"));
    }
    return switch (kind.get()) {
      case HTML, TEXT -> new SingleFileSource(file, kind.get(), options);
      case WARC -> WarcSource.open(file, options);
      case JSONL -> openJsonl(file, options);
    };
  }

  private static PageSource openJsonl(Path file, SourceOptions options) {
    InputStream raw = null;
    try {
      raw = new BufferedInputStream(Files.newInputStream(file), 65536);
      InputStream in = FileKind.isGzip(file) ? Gzip.inflate(raw, Files.size(file), options) : raw;
      return JsonlSource.of(file.toString(), in, options);
    } catch (IOException e) {
      closeQuietly(raw);
      Reason reason =
          e instanceof ZipException
              ? Reason.CORRUPT
              : e instanceof EOFException ? Reason.TRUNCATED : Reason.IO_ERROR;
      return single(
          new Outcome.Failed(
              SourceRef.file(file.toString(), SourceFormat.JSONL),
              Stage.SOURCE,
              reason,
              "cannot open " + file + ": " + Problems.describe(e)));
    }
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // The open already failed; that failure is the one worth reporting.
      }
    }
  }

  static PageSource single(SourceItem item) {
    return new PageSource() {
      @Override
      public Iterator<SourceItem> iterator() {
        return List.of(item).iterator();
      }

      @Override
      public void close() {}
    };
  }

  /** Walks the paths lazily, one file's source open at a time. */
  private static final class ChainedSource implements PageSource {
    private final Deque<Path> pending;
    private final SourceOptions options;
    private PageSource current;
    private Iterator<SourceItem> currentItems = Collections.emptyIterator();
    private boolean iterated;

    ChainedSource(List<Path> paths, SourceOptions options) {
      this.pending = new ArrayDeque<>(paths);
      this.options = options;
    }

    @Override
    public Iterator<SourceItem> iterator() {
      if (iterated) {
        throw new IllegalStateException("a PageSource can be iterated once");
      }
      iterated = true;
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          while (!currentItems.hasNext()) {
            closeCurrent();
            if (pending.isEmpty()) {
              return false;
            }
            Path next = pending.poll();
            if (Files.isDirectory(next)) {
              expandInto(next);
              continue;
            }
            if (!Files.exists(next)) {
              current =
                  single(
                      new Outcome.Failed(
                          SourceRef.file(next.toString(), SourceFormat.HTML),
                          Stage.SOURCE,
                          Reason.IO_ERROR,
                          "no such file: " + next));
            } else {
              current = openFile(next, options);
            }
            currentItems = current.iterator();
          }
          return true;
        }

        @Override
        public SourceItem next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return currentItems.next();
        }
      };
    }

    private void expandInto(Path dir) {
      try {
        List<Path> files = expand(dir);
        for (int i = files.size() - 1; i >= 0; i--) {
          pending.addFirst(files.get(i));
        }
      } catch (IOException | UncheckedIOException e) {
        current =
            single(
                new Outcome.Failed(
                    SourceRef.file(dir.toString(), SourceFormat.HTML),
                    Stage.SOURCE,
                    Reason.IO_ERROR,
                    "cannot list folder " + dir + ": " + Problems.describe(e)));
        currentItems = current.iterator();
      }
    }

    private void closeCurrent() {
      if (current != null) {
        try {
          current.close();
        } catch (IOException e) {
          // A close failure after all records were read loses nothing; the next file goes on.
        }
        current = null;
      }
    }

    @Override
    public void close() {
      closeCurrent();
      pending.clear();
    }
  }
}
