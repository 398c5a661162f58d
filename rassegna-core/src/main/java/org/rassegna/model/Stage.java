package org.rassegna.model;

import java.util.Locale;

/** The pipeline stage where a record failed. */
public enum Stage {
  SOURCE,
  DECODE,
  EXTRACT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
