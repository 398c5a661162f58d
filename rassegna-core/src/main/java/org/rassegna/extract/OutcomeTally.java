package org.rassegna.extract;

import java.util.Map;
import java.util.TreeMap;
import org.rassegna.model.Outcome;

/** Counts outcomes of a run by kind and reason, so a summary can show that nothing was lost. */
public final class OutcomeTally {
  private long extracted;
  private long skipped;
  private long failed;
  private final Map<String, Long> skippedByReason = new TreeMap<>();
  private final Map<String, Long> failedByReason = new TreeMap<>();

  public synchronized void add(Outcome outcome) {
    if (outcome instanceof Outcome.Extracted) {
      extracted++;
    } else if (outcome instanceof Outcome.Skipped s) {
      skipped++;
      skippedByReason.merge(s.reason().code(), 1L, Long::sum);
    } else if (outcome instanceof Outcome.Failed f) {
      failed++;
      failedByReason.merge(f.reason().code(), 1L, Long::sum);
    }
  }

  public synchronized long read() {
    return extracted + skipped + failed;
  }

  public synchronized long extracted() {
    return extracted;
  }

  public synchronized long skipped() {
    return skipped;
  }

  public synchronized long failed() {
    return failed;
  }

  public synchronized Map<String, Long> skippedByReason() {
    return Map.copyOf(skippedByReason);
  }

  public synchronized Map<String, Long> failedByReason() {
    return Map.copyOf(failedByReason);
  }

  /** {@code read 12: extracted 10, skipped 1 (empty 1), failed 1 (truncated 1)}. */
  public synchronized String summary() {
    return "read "
        + read()
        + ": extracted "
        + extracted
        + ", skipped "
        + skipped
        + reasons(skippedByReason)
        + ", failed "
        + failed
        + reasons(failedByReason);
  }

  private static String reasons(Map<String, Long> byReason) {
    if (byReason.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" (");
    byReason.forEach(
        (k, v) -> {
          if (sb.length() > 2) {
            sb.append(", ");
          }
          sb.append(k).append(' ').append(v);
        });
    return sb.append(')').toString();
  }
}
