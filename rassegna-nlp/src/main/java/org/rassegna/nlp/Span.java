package org.rassegna.nlp;

/** A half-open character range {@code [start, end)} of the article body. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
  }

  public int length() {
    return end - start;
  }
}
