package org.rassegna.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.Set;
import org.rassegna.OutcomeContract;
import org.rassegna.extract.Extraction;
import org.rassegna.model.SourceItem;

/** Reads fuzzed bytes as a stream of one kind and checks every record's outcome. */
final class FuzzedStreams {
  private FuzzedStreams() {}

  /**
   * Reads every item, extracts it and checks the outcome. A stream of n bytes cannot hold more than
   * n + 1 records (every record takes at least a byte, and an empty stream is one skipped item),
   * which also proves the reading ends.
   */
  static void readAll(byte[] bytes, FileKind kind, Extraction extraction) {
    long items = 0;
    PageSource source =
        Sources.openStdin(
            new ByteArrayInputStream(bytes), Optional.of(kind), SourceOptions.defaults());
    for (SourceItem item : Items.drain(source)) {
      OutcomeContract.check(extraction.apply(item, Set.of()));
      items++;
    }
    assertThat(items).isBetween(1L, bytes.length + 1L);
  }
}
