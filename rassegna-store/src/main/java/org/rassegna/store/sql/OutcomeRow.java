package org.rassegna.store.sql;

import java.util.Objects;
import java.util.Optional;

/** A skipped or failed input record as the {@code outcomes} table keeps it. */
public record OutcomeRow(
    String sourceKey,
    String sourcePath,
    String outcome,
    Optional<String> stage,
    String reason,
    String message) {

  public OutcomeRow {
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }
}
