package org.rassegna.extract.text.internal;

/**
 * Turns {@link LineFeatures} into one number: positive for a line that reads like article prose,
 * negative for furniture, scaled by the line's word count so that the score of a run of lines
 * tracks how many article words it would gain or lose.
 *
 * <p>The weights are hand-set from what text dumps look like: prose has function words, commas and
 * a closing stop; menus, headlines and teasers are short, capitalised, unpunctuated, repeated
 * across pages or cut with an ellipsis.
 */
public final class LineScorer {
  private LineScorer() {}

  /** The prose score of a line. */
  public static double score(LineFeatures f) {
    int w = f.words();
    if (w == 0) {
      return -1;
    }
    if (f.cue() == BoilerplateCues.Cue.STRONG) {
      return -(4 + w);
    }
    if (f.truncated()) {
      return -(2 + 0.5 * w);
    }
    double s = quality(f) * Math.max(w, 3) * 0.5;
    if (f.cue() == BoilerplateCues.Cue.SHORT) {
      s -= 3;
    }
    if (f.repeated()) {
      s -= w <= 25 ? 3 + w : 0.3 * w;
    }
    if ((f.bylineLead() || f.dateLike()) && w <= 12) {
      s -= 3;
    }
    return s;
  }

  /** Per-word prose quality, roughly in [-3, 3]. */
  private static double quality(LineFeatures f) {
    int w = f.words();
    double q = f.languageKnown() ? (f.stopRatio() - 0.15) * 5 : 0.2;
    q += f.endsSentence() ? 0.6 : -0.4;
    q += Math.min(0.6, f.innerPunctuation() * 3.0 / w);
    if (w < 5) {
      q -= 1.0;
    } else if (w < 10) {
      q -= 0.4;
    } else if (w >= 20) {
      q += 0.4;
    }
    if (f.capitalRatio() > 0.6 && w >= 2) {
      q -= 0.7;
    }
    q -= f.numericRatio() * 1.5;
    return q;
  }
}
