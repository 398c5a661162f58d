package org.rassegna.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The reported-speech candidates of an article that may hold a phrase in quote marks, ordered by
 * start, answering in logarithmic time which of them starts first among those that hold a span. The
 * first-starting holder is the one to ask whether words of its own come before the phrase: a holder
 * that starts earlier has every word a later one has. An article with thousands of reported clauses
 * and short quotes so costs n log n, not n².
 */
final class ReportedClauses {
  private final List<QuoteCandidate> byStart;
  private final int[] maxEndSoFar;

  /** The reported (not direct) candidates whose index {@code eligible} accepts. */
  ReportedClauses(List<QuoteCandidate> candidates, IntPredicate eligible) {
    List<QuoteCandidate> kept = new ArrayList<>();
    for (int k = 0; k < candidates.size(); k++) {
      if (!candidates.get(k).direct() && eligible.test(k)) {
        kept.add(candidates.get(k));
      }
    }
    kept.sort(Comparator.comparingInt(QuoteCandidate::start));
    byStart = kept;
    maxEndSoFar = new int[kept.size()];
    int max = Integer.MIN_VALUE;
    for (int j = 0; j < kept.size(); j++) {
      max = Math.max(max, kept.get(j).end());
      maxEndSoFar[j] = max;
    }
  }

  /**
   * The first-starting clause that starts before {@code phrase} and reaches its end (up to one
   * character short: the closing mark may end the sentence).
   */
  Optional<QuoteCandidate> earliestHolding(QuoteCandidate phrase) {
    int at = firstReaching(phrase.end() - 1);
    if (at >= byStart.size() || byStart.get(at).start() >= phrase.start()) {
      return Optional.empty();
    }
    return Optional.of(byStart.get(at));
  }

  /** The first index at which some clause so far reaches {@code end}: that clause itself. */
  private int firstReaching(int end) {
    int low = 0;
    int high = maxEndSoFar.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (maxEndSoFar[mid] >= end) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
