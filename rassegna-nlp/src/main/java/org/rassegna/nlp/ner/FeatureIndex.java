package org.rassegna.nlp.ner;

/**
 * An open-addressing map from 64-bit feature hashes to slots. Models key features by hash rather
 * than by string so that a loaded model takes a dozen bytes per feature instead of a hundred, and
 * the model file stays small; at 64 bits a collision among a few hundred thousand features is
 * practically impossible.
 */
final class FeatureIndex {
  private final long[] keys;
  private final int[] slots;
  private final int mask;

  FeatureIndex(long[] hashes) {
    int capacity = Integer.highestOneBit(Math.max(4, hashes.length * 2 + 1)) << 1;
    keys = new long[capacity];
    slots = new int[capacity];
    mask = capacity - 1;
    for (int s = 0; s < hashes.length; s++) {
      int at = (int) hashes[s] & mask;
      while (keys[at] != 0) {
        at = (at + 1) & mask;
      }
      keys[at] = hashes[s];
      slots[at] = s;
    }
  }

  /** The slot of {@code hash}, or -1. */
  int slot(long hash) {
    int at = (int) hash & mask;
    while (keys[at] != 0) {
      if (keys[at] == hash) {
        return slots[at];
      }
      at = (at + 1) & mask;
    }
    return -1;
  }

  /** A well-mixed, never-zero 64-bit hash of a feature string (FNV-1a, then a finaliser). */
  static long hash(String feature) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < feature.length(); i++) {
      h ^= feature.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
