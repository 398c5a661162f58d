package org.rassegna.nlp.ner;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rassegna.nlp.EntityType;

/**
 * Exact-span precision, recall and F1 per entity type, CoNLL style: a predicted entity counts only
 * when its start, end and type all equal a gold entity's. Not thread-safe; one per evaluation.
 */
public final class NerScores {

  /** True positives, false positives and false negatives with the derived scores. */
  public record Counts(long tp, long fp, long fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
      return 2 * tp + fp + fn == 0 ? 0 : 2 * tp / (double) (2 * tp + fp + fn);
    }

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  private final Map<EntityType, Counts> counts = new EnumMap<>(EntityType.class);

  /** Adds one sentence's gold and predicted entities. */
  public void add(List<TokenSpan> gold, List<TokenSpan> predicted) {
    Set<TokenSpan> g = new HashSet<>(gold);
    Set<TokenSpan> p = new HashSet<>(predicted);
    for (TokenSpan s : p) {
      add(s.type(), g.contains(s) ? new Counts(1, 0, 0) : new Counts(0, 1, 0));
    }
    for (TokenSpan s : g) {
      if (!p.contains(s)) {
        add(s.type(), new Counts(0, 0, 1));
      }
    }
  }

  private void add(EntityType type, Counts c) {
    counts.merge(type, c, Counts::plus);
  }

  /** Counts of one type. */
  public Counts of(EntityType type) {
    return counts.getOrDefault(type, new Counts(0, 0, 0));
  }

  /** Counts summed over {@code types} (micro average). */
  public Counts micro(Set<EntityType> types) {
    Counts sum = new Counts(0, 0, 0);
    for (EntityType t : types) {
      sum = sum.plus(of(t));
    }
    return sum;
  }

  /** Whether any gold or predicted entity of {@code type} was seen. */
  public boolean seen(EntityType type) {
    return counts.containsKey(type);
  }
}
