package org.rassegna.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the parts of a corpus live inside its folder: {@code index/} (Lucene), {@code
 * corpus.duckdb} (DuckDB) and {@code write.lock} (the single-writer lock).
 */
public record CorpusLayout(Path dir) {
  /** The folder used when none is given. */
  public static final String DEFAULT_DIR = "rassegna-data";

  public CorpusLayout {
    Objects.requireNonNull(dir, "dir");
  }

  public Path index() {
    return dir.resolve("index");
  }

  public Path database() {
    return dir.resolve("corpus.duckdb");
  }

  public Path lock() {
    return dir.resolve("write.lock");
  }
}
