package org.rassegna.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import org.rassegna.nlp.EntityType;

/**
 * The BILOU tag set of a model over some entity types: tag 0 is outside, then Begin, Inside, Last
 * and Unit for each type in order. BILOU rather than BIO because marking the last and single-token
 * words of an entity lets the learner see name ends, which scores better on short news names.
 */
public final class BilouTags {
  static final int OUTSIDE = 0;
  private static final int BEGIN = 0;
  private static final int INSIDE = 1;
  private static final int LAST = 2;
  private static final int UNIT = 3;

  private final List<EntityType> types;
  private final boolean[] allowed;

  public BilouTags(List<EntityType> types) {
    if (types.isEmpty()) {
      throw new IllegalArgumentException("types: at least one entity type is needed");
    }
    this.types = List.copyOf(types);
    int n = size();
    this.allowed = new boolean[(n + 1) * n];
    for (int prev = 0; prev <= n; prev++) {
      for (int next = 0; next < n; next++) {
        allowed[prev * n + next] = computeAllowed(prev, next);
      }
    }
  }

  /** The entity types, in tag order. */
  public List<EntityType> types() {
    return types;
  }

  /** Number of tags: one outside tag plus four per type. */
  public int size() {
    return 1 + 4 * types.size();
  }

  /**
   * Tags of a sentence of {@code length} tokens; entities of types not in this set stay outside.
   */
  public int[] encode(int length, List<TokenSpan> entities) {
    int[] tags = new int[length];
    for (TokenSpan e : entities) {
      int t = types.indexOf(e.type());
      if (t < 0) {
        continue;
      }
      if (e.end() - e.start() == 1) {
        tags[e.start()] = tag(t, UNIT);
      } else {
        tags[e.start()] = tag(t, BEGIN);
        for (int i = e.start() + 1; i < e.end() - 1; i++) {
          tags[i] = tag(t, INSIDE);
        }
        tags[e.end() - 1] = tag(t, LAST);
      }
    }
    return tags;
  }

  /** Entities of a tag sequence; a broken sequence (B without L) still gives its tokens. */
  public List<TokenSpan> decode(int[] tags) {
    List<TokenSpan> out = new ArrayList<>();
    int start = -1;
    int open = -1;
    for (int i = 0; i < tags.length; i++) {
      int tag = tags[i];
      int type = tag == OUTSIDE ? -1 : (tag - 1) / 4;
      int part = tag == OUTSIDE ? -1 : (tag - 1) % 4;
      if (open >= 0 && (type != open || part == BEGIN || part == UNIT)) {
        out.add(new TokenSpan(start, i, types.get(open)));
        open = -1;
      }
      if (type >= 0 && open < 0) {
        start = i;
        open = type;
      }
      if (open >= 0 && (part == LAST || part == UNIT)) {
        out.add(new TokenSpan(start, i + 1, types.get(open)));
        open = -1;
      }
    }
    if (open >= 0) {
      out.add(new TokenSpan(start, tags.length, types.get(open)));
    }
    return out;
  }

  /** Whether {@code next} may follow {@code prev}; {@code prev == size()} stands for the start. */
  public boolean allowed(int prev, int next) {
    return allowed[prev * size() + next];
  }

  private boolean computeAllowed(int prev, int next) {
    boolean prevOpen = prev != size() && prev != OUTSIDE && isOpen(prev);
    boolean nextContinues = next != OUTSIDE && isContinuation(next);
    if (prevOpen) {
      return nextContinues && (next - 1) / 4 == (prev - 1) / 4;
    }
    return !nextContinues;
  }

  /** Whether a sentence may end on {@code last}. */
  public boolean allowedAtEnd(int last) {
    return last == OUTSIDE || !isOpen(last);
  }

  private static boolean isOpen(int tag) {
    int part = (tag - 1) % 4;
    return part == BEGIN || part == INSIDE;
  }

  private static boolean isContinuation(int tag) {
    int part = (tag - 1) % 4;
    return part == INSIDE || part == LAST;
  }

  private static int tag(int type, int part) {
    return 1 + 4 * type + part;
  }
}
