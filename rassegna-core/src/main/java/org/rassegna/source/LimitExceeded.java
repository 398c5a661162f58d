package org.rassegna.source;

import java.io.IOException;

/** A read went past a size bound; the message says which bound and what was being read. */
final class LimitExceeded extends IOException {
  private static final long serialVersionUID = 1L;

  LimitExceeded(String message) {
    super(message);
  }
}
