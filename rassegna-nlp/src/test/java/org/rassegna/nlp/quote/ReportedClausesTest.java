package org.rassegna.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.Span;

class ReportedClausesTest {

  private static QuoteCandidate reported(int start, int end) {
    return new QuoteCandidate(
        List.of(new Span(start, end)), false, CueKind.VERB, new Span(0, 1), new Span(0, 1));
  }

  private static QuoteCandidate direct(int start, int end) {
    return new QuoteCandidate(
        List.of(new Span(start, end)), true, CueKind.NONE, new Span(start, start), new Span(0, 0));
  }

  @Test
  void the_first_starting_clause_that_reaches_the_phrase_holds_it() {
    List<QuoteCandidate> candidates =
        List.of(reported(10, 30), reported(5, 60), reported(20, 80), direct(40, 51));
    ReportedClauses clauses = new ReportedClauses(candidates, k -> true);

    assertThat(clauses.earliestHolding(direct(40, 51))).contains(candidates.get(1));
    assertThat(clauses.earliestHolding(direct(40, 61))).contains(candidates.get(1));
    assertThat(clauses.earliestHolding(direct(40, 62))).contains(candidates.get(2));
    assertThat(clauses.earliestHolding(direct(40, 82))).isEmpty();
    assertThat(clauses.earliestHolding(direct(25, 31))).contains(candidates.get(1));
    assertThat(clauses.earliestHolding(direct(4, 10))).isEmpty();
  }

  @Test
  void a_clause_must_start_before_the_phrase_and_be_eligible() {
    List<QuoteCandidate> candidates = List.of(reported(40, 90), reported(5, 60));
    ReportedClauses onlyFirst = new ReportedClauses(candidates, k -> k == 0);

    assertThat(onlyFirst.earliestHolding(direct(40, 50))).isEmpty();
    assertThat(new ReportedClauses(candidates, k -> true).earliestHolding(direct(40, 50)))
        .contains(candidates.get(1));
  }
}
