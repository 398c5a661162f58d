package org.rassegna;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only data sets of {@code ../shared/data}. Tests that need them call {@link #dir} and are
 * skipped (not failed) on a clone that has no {@code ../shared}.
 */
public final class SharedData {
  private SharedData() {}

  /** {@code ../shared/<relative>}, or a skipped test when it is absent. */
  public static Path dir(String relative) {
    Path root = Path.of(System.getProperty("rassegna.shared", "../../shared"));
    Path p = root.resolve(relative);
    assumeTrue(Files.exists(p), "shared data not present: " + p);
    return p;
  }
}
