package org.rassegna.extract.text.internal;

/**
 * Chooses the article among scored lines as one labelling of the whole sequence, not line by line:
 * a four-state path (before the article, in it, in a gap inside it, after it) that maximises the
 * summed line scores. A line inside the article adds its own score; a line in a gap is left out and
 * costs a small constant plus a share of its own negative score, and opening a gap costs more, so
 * an advertisement line between two paragraphs is dropped while a short heading between them is
 * kept. Lines before and after the article cost nothing, so the path keeps one contiguous stretch
 * of content wherever the prose is.
 */
public final class ContentRun {
  private static final int BEFORE = 0;
  private static final int IN = 1;
  private static final int GAP = 2;
  private static final int AFTER = 3;
  private static final int STATES = 4;

  /** Cost of each line left out inside the article. */
  static final double GAP_LINE = 1.0;

  /**
   * Share of a left-out line's own negative score still charged: an advertisement line is cheap to
   * skip, a run of teasers and copyright notices is not, so the article does not stretch across the
   * page footer to reach the next prose-like line.
   */
  static final double GAP_SHARE = 0.3;

  /** Cost of opening a gap inside the article. */
  static final double GAP_OPEN = 3.0;

  private ContentRun() {}

  /** For each line, whether it belongs to the article. */
  public static boolean[] label(double[] scores) {
    int n = scores.length;
    double[][] best = new double[n + 1][STATES];
    int[][] from = new int[n + 1][STATES];
    double never = Double.NEGATIVE_INFINITY;
    best[0] = new double[] {0, never, never, never};
    for (int i = 0; i < n; i++) {
      double[] prev = best[i];
      double s = scores[i];
      step(best[i + 1], from[i + 1], BEFORE, 0, prev, BEFORE, 0);
      step(best[i + 1], from[i + 1], IN, s, prev, BEFORE, 0, IN, 0, GAP, 0);
      double gap = -GAP_LINE + GAP_SHARE * Math.min(0, s);
      step(best[i + 1], from[i + 1], GAP, gap, prev, IN, -GAP_OPEN, GAP, 0);
      step(best[i + 1], from[i + 1], AFTER, 0, prev, IN, 0, AFTER, 0);
    }
    return backtrack(best, from);
  }

  /** Fills {@code cur[state]} from the best of the given (predecessor, transition cost) pairs. */
  private static void step(
      double[] cur, int[] back, int state, double emit, double[] prev, double... pairs) {
    double top = Double.NEGATIVE_INFINITY;
    int arg = BEFORE;
    for (int k = 0; k < pairs.length; k += 2) {
      int p = (int) pairs[k];
      double v = prev[p] + pairs[k + 1];
      if (v > top) {
        top = v;
        arg = p;
      }
    }
    cur[state] = top + emit;
    back[state] = arg;
  }

  private static boolean[] backtrack(double[][] best, int[][] from) {
    int n = best.length - 1;
    boolean[] in = new boolean[n];
    int state = BEFORE;
    double top = best[n][BEFORE];
    for (int s : new int[] {IN, AFTER}) {
      if (best[n][s] > top) {
        top = best[n][s];
        state = s;
      }
    }
    for (int i = n; i > 0; i--) {
      in[i - 1] = state == IN;
      state = from[i][state];
    }
    return in;
  }
}
