package org.rassegna.nlp.ner;

/**
 * Best BILOU tag sequence for per-token tag scores plus tag-to-tag transition scores, restricted to
 * well-formed sequences (no Inside after Outside, no entity left open at the end), so every output
 * decodes to clean spans.
 */
final class Viterbi {
  private Viterbi() {}

  /**
   * @param emission {@code emission[i][t]}: score of tag {@code t} at token {@code i}
   * @param transition {@code transition[p * n + t]} for {@code p < n} a previous tag and {@code p
   *     == n} the sentence start, where {@code n} is the tag count
   */
  static int[] decode(float[][] emission, float[] transition, BilouTags tags) {
    int len = emission.length;
    int n = tags.size();
    int[] best = new int[len];
    if (len == 0) {
      return best;
    }
    double[] score = new double[n];
    int[][] back = new int[len][n];
    for (int t = 0; t < n; t++) {
      score[t] =
          tags.allowed(n, t) ? emission[0][t] + transition[n * n + t] : Double.NEGATIVE_INFINITY;
    }
    double[] next = new double[n];
    for (int i = 1; i < len; i++) {
      for (int t = 0; t < n; t++) {
        double top = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < n; p++) {
          if (score[p] == Double.NEGATIVE_INFINITY || !tags.allowed(p, t)) {
            continue;
          }
          double s = score[p] + transition[p * n + t];
          if (s > top) {
            top = s;
            arg = p;
          }
        }
        next[t] = top + emission[i][t];
        back[i][t] = arg;
      }
      double[] swap = score;
      score = next;
      next = swap;
    }
    int arg = 0;
    double top = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < n; t++) {
      if (tags.allowedAtEnd(t) && score[t] > top) {
        top = score[t];
        arg = t;
      }
    }
    for (int i = len - 1; i >= 0; i--) {
      best[i] = arg;
      arg = back[i][arg];
    }
    return best;
  }
}
