package org.rassegna.nlp;

import java.util.Objects;

/** One place where an entity is named: a half-open range of the body and the text found there. */
public record EntityMention(int start, int end, String text) {
  public EntityMention {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span [" + start + "," + end + ")");
    }
  }
}
