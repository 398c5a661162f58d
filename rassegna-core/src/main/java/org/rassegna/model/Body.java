package org.rassegna.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An article body: blocks joined by blank lines into one text, each block knowing its offsets. */
public record Body(String text, List<Block> blocks) {

  public static final String SEPARATOR = "\n\n";

  public Body {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
  }

  public static Body empty() {
    return new Body("", List.of());
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** Collects blocks in reading order and computes their offsets. */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();

    /**
     * Adds a block; blank text is ignored, surrounding whitespace trimmed, unpaired surrogates
     * replaced by U+FFFD.
     */
    public Builder add(BlockKind kind, String blockText) {
      String t = WellFormed.text(blockText.strip());
      if (t.isEmpty()) {
        return this;
      }
      if (!blocks.isEmpty()) {
        text.append(SEPARATOR);
      }
      int start = text.length();
      text.append(t);
      blocks.add(new Block(kind, t, start, text.length()));
      return this;
    }

    public int size() {
      return blocks.size();
    }

    public Body build() {
      return new Body(text.toString(), blocks);
    }
  }
}
