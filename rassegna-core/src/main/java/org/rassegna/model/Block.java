package org.rassegna.model;

import java.util.Objects;

/** One block of an article body, with its character offsets into {@link Article#text()}. */
public record Block(BlockKind kind, String text, int start, int end) {
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "block offsets [" + start + "," + end + ") do not fit text of length " + text.length());
    }
  }
}
