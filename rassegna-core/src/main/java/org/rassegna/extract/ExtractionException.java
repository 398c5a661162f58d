package org.rassegna.extract;

import org.rassegna.model.Reason;

/** A page that cannot be extracted, with a reason code and a message that names the problem. */
public final class ExtractionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Reason reason;

  public ExtractionException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
