package org.rassegna;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rassegna.extract.Extraction;
import org.rassegna.extract.OutcomeTally;
import org.rassegna.model.Outcome;
import org.rassegna.model.SourceItem;
import org.rassegna.source.PageSource;
import org.rassegna.source.SourceOptions;
import org.rassegna.source.Sources;

/** The quick-start folder {@code samples/} extracts cleanly: one outcome per record, no failure. */
class SamplesTest {
  private static final Path SAMPLES = Path.of("../samples");

  @Test
  void every_sample_record_gets_an_outcome_and_most_are_extracted() throws IOException {
    Extraction extraction = Extraction.withDefaults();
    OutcomeTally tally = new OutcomeTally();
    List<SourceItem> items = new ArrayList<>();
    try (PageSource source = Sources.open(List.of(SAMPLES), SourceOptions.defaults())) {
      for (SourceItem item : source) {
        items.add(item);
        tally.add(extraction.apply(item, Set.of()));
      }
    }

    // 1 seed dump + 6 pages + 2 dumps + 3 JSON Lines records + 7 WARC records.
    assertThat(tally.read()).isEqualTo(items.size()).isEqualTo(19);
    assertThat(tally.failed()).as(tally.summary()).isZero();
    assertThat(tally.skippedByReason()).containsEntry("unsupported-record", 4L);
    assertThat(tally.extracted()).as(tally.summary()).isGreaterThanOrEqualTo(12);
    assertThat(items).filteredOn(i -> i instanceof Outcome).hasSize(4);
  }
}
