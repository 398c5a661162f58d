package org.rassegna.nlp.ner;

import java.util.Objects;
import org.rassegna.nlp.EntityType;

/** An entity over the tokens {@code [start, end)} of one sentence. */
public record TokenSpan(int start, int end, EntityType type) {
  public TokenSpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span [" + start + "," + end + ")");
    }
  }
}
