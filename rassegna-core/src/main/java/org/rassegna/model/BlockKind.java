package org.rassegna.model;

import java.util.Locale;

/** The kind of a body block. */
public enum BlockKind {
  PARAGRAPH,
  HEADING,
  LIST_ITEM,
  QUOTE,
  TABLE,
  CODE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
