package org.rassegna.cli;

import java.nio.file.Path;
import org.rassegna.store.CorpusLayout;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option of every command that uses a corpus. */
final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = CorpusLayout.DEFAULT_DIR,
      description = "The corpus folder (default: ${DEFAULT-VALUE}).")
  Path dir;
}
