package org.rassegna.cli;

import java.util.Optional;
import org.rassegna.source.FileKind;

/** What standard input holds, for {@code --stdin-format}; {@code auto} sniffs the first bytes. */
enum StdinFormat {
  auto,
  html,
  text,
  warc,
  jsonl;

  Optional<FileKind> kind() {
    return switch (this) {
      case auto -> Optional.empty();
      case html -> Optional.of(FileKind.HTML);
      case text -> Optional.of(FileKind.TEXT);
      case warc -> Optional.of(FileKind.WARC);
      case jsonl -> Optional.of(FileKind.JSONL);
    };
  }
}
