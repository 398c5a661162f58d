package org.rassegna.nlp;

import java.util.Objects;

/** A named-entity mention found by a tagger, before linking. */
public record NerMention(int start, int end, EntityType type, String text) {
  public NerMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span [" + start + "," + end + ")");
    }
  }
}
