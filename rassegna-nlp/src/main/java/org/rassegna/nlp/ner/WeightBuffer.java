package org.rassegna.nlp.ner;

import java.util.Arrays;

/** Growable parallel arrays of (tag, weight) pairs, to build a model's sparse weights. */
final class WeightBuffer {
  private byte[] tagIds = new byte[1024];
  private float[] weights = new float[1024];
  private int size;

  void add(int tag, float weight) {
    if (size == weights.length) {
      tagIds = Arrays.copyOf(tagIds, size * 2);
      weights = Arrays.copyOf(weights, size * 2);
    }
    tagIds[size] = (byte) tag;
    weights[size] = weight;
    size++;
  }

  int size() {
    return size;
  }

  byte[] tagIds() {
    return Arrays.copyOf(tagIds, size);
  }

  float[] weights() {
    return Arrays.copyOf(weights, size);
  }
}
