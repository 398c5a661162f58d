package org.rassegna.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.rassegna.OutcomeContract;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

/**
 * Arbitrary bytes as an HTML page: extraction never throws, gives one outcome, and that outcome
 * keeps the contract. {@code -Pfuzz} fuzzes it; a normal build replays the committed inputs.
 */
class HtmlExtractionFuzzTest {
  private static final Extraction EXTRACTION = Extraction.withDefaults();
  private static final SourceRef REF = SourceRef.file("fuzz.html", SourceFormat.HTML);

  @FuzzTest(maxDuration = "30s")
  void any_bytes_as_html_give_one_outcome_that_keeps_the_contract(byte[] bytes) {
    OutcomeContract.check(EXTRACTION.extract(RawPage.of(REF, PageKind.HTML, bytes)));
  }
}
