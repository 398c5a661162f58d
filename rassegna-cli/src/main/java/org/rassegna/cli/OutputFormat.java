package org.rassegna.cli;

/** How {@code extract} writes articles. */
public enum OutputFormat {
  jsonl,
  json,
  text,
  markdown
}
