package org.rassegna.source;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.rassegna.extract.Extraction;

/**
 * Arbitrary bytes as a JSON Lines stream: reading never throws, ends, and every line becomes one
 * outcome that keeps the contract.
 */
class JsonlSourceFuzzTest {
  private static final Extraction EXTRACTION = Extraction.withDefaults();

  @FuzzTest(maxDuration = "30s")
  void any_bytes_as_json_lines_give_one_outcome_per_line(byte[] bytes) {
    FuzzedStreams.readAll(bytes, FileKind.JSONL, EXTRACTION);
  }
}
