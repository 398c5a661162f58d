package org.rassegna.nlp.eval;

/** Precision, recall and F1 from counts, 0 where a denominator is 0; shared by the evals. */
final class Ratios {
  private Ratios() {}

  static double precision(int correct, int predicted) {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  static double recall(int correct, int gold) {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
