package org.rassegna.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.rassegna.OutcomeContract;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

/**
 * Arbitrary bytes as a plain-text page dump: extraction never throws, gives one outcome, and that
 * outcome keeps the contract.
 */
class TextExtractionFuzzTest {
  private static final Extraction EXTRACTION = Extraction.withDefaults();
  private static final SourceRef REF = SourceRef.file("fuzz.txt", SourceFormat.TEXT);

  @FuzzTest(maxDuration = "30s")
  void any_bytes_as_a_text_dump_give_one_outcome_that_keeps_the_contract(byte[] bytes) {
    OutcomeContract.check(EXTRACTION.extract(RawPage.of(REF, PageKind.TEXT, bytes)));
  }
}
