package org.rassegna.model;

import java.util.Locale;

/** The container an input record was read from. */
public enum SourceFormat {
  HTML,
  TEXT,
  WARC,
  WET,
  JSONL,
  STDIN;

  /** The lower-case name used in JSON output. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
