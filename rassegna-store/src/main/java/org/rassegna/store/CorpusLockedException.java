package org.rassegna.store;

import java.io.IOException;

/** Another process is writing the corpus; only one writer at a time is allowed. */
public final class CorpusLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  public CorpusLockedException(String message) {
    super(message);
  }
}
