package org.rassegna.nlp.eval;

/** How many cases were scored and how many were right. */
public record Tally(int total, int correct) {
  public Tally {
    if (total < 0 || correct < 0 || correct > total) {
      throw new IllegalArgumentException("bad tally " + correct + "/" + total);
    }
  }

  public double rate() {
    return total == 0 ? 0 : (double) correct / total;
  }

  Tally add(boolean right) {
    return new Tally(total + 1, correct + (right ? 1 : 0));
  }
}
