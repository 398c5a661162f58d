package org.rassegna.source;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.rassegna.extract.Extraction;

/**
 * Arbitrary bytes as a WARC stream: reading never throws, ends, and every record becomes one
 * outcome that keeps the contract.
 */
class WarcSourceFuzzTest {
  private static final Extraction EXTRACTION = Extraction.withDefaults();

  @FuzzTest(maxDuration = "30s")
  void any_bytes_as_warc_give_one_outcome_per_record(byte[] bytes) {
    FuzzedStreams.readAll(bytes, FileKind.WARC, EXTRACTION);
  }
}
