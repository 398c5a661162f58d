package org.rassegna.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What a file holds, judged from its name ({@code .gz} stripped first). */
public enum FileKind {
  HTML,
  TEXT,
  WARC,
  JSONL;

  public static Optional<FileKind> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Optional.of(HTML);
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Optional.of(TEXT);
    }
    if (name.endsWith(".warc") || name.endsWith(".wet")) {
      return Optional.of(WARC);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    return Optional.empty();
  }

  public static boolean isGzip(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }
}
