package org.rassegna.nlp.ner;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only NER data sets of {@code ../shared/data/ner}. Tests that need them are skipped, not
 * failed, on a clone without {@code ../shared}. Mirrors core's {@code SharedData}, which this
 * module's tests cannot see.
 */
final class NerData {
  private NerData() {}

  /** {@code ../shared/data/ner}, or a skipped test when it is absent. */
  static Path dir() {
    Path root = Path.of(System.getProperty("rassegna.shared", "../../shared"));
    Path p = root.resolve("data/ner");
    assumeTrue(Files.isDirectory(p), "shared NER data not present: " + p);
    return p;
  }
}
