package org.rassegna.nlp.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Features a capitalised word takes from its other occurrences in the surrounding text (Ratinov and
 * Roth 2009, "context aggregation"): the words next to each other occurrence within {@value
 * #WINDOW} sentences either side, and whether the word also appears in lower case there. A name is
 * often ambiguous in one sentence and plain in another ("Alinghi" next to "team", "Putin" after
 * "Vladimir"), and news writes it several times per article, so the article resolves what a few
 * neighbouring words cannot.
 *
 * <p>Only the text is used, never predicted tags, so training and tagging compute the same features
 * from the same input. Sentences are in document order; training files keep their order, so a
 * window there may cross into the next article, which costs little.
 */
final class DocumentContext {
  static final int WINDOW = 8;
  private static final int MAX_OCCURRENCES = 24;

  private final List<List<String>> sentences;
  private final Map<String, List<int[]>> occurrences = new HashMap<>();
  private final Map<String, List<Integer>> lowerCase = new HashMap<>();

  /** The context of {@code sentences}, tokenised, in document order. */
  DocumentContext(List<List<String>> sentences) {
    this.sentences = sentences;
    for (int s = 0; s < sentences.size(); s++) {
      List<String> tokens = sentences.get(s);
      for (int i = 0; i < tokens.size(); i++) {
        String w = tokens.get(i);
        if (capitalised(w)) {
          occurrences.computeIfAbsent(w, k -> new ArrayList<>()).add(new int[] {s, i});
        } else if (i > 0 && !w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
          lowerCase.computeIfAbsent(w, k -> new ArrayList<>()).add(s);
        }
      }
    }
  }

  /** A context of one sentence alone. */
  static DocumentContext of(List<String> sentence) {
    return new DocumentContext(List.of(sentence));
  }

  /** The tokens of sentence {@code s}. */
  List<String> sentence(int s) {
    return sentences.get(s);
  }

  /** Adds the document features of every token of sentence {@code s} to {@code out}. */
  void features(int s, List<List<String>> out) {
    List<String> tokens = sentences.get(s);
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i);
      if (!capitalised(w)) {
        continue;
      }
      Set<String> f = new LinkedHashSet<>();
      int seen = 0;
      List<int[]> all = occurrences.getOrDefault(w, List.of());
      for (int k = firstFrom(all, s - WINDOW); k < all.size() && all.get(k)[0] <= s + WINDOW; k++) {
        int[] o = all.get(k);
        if (o[0] == s && o[1] == i) {
          continue;
        }
        List<String> other = sentences.get(o[0]);
        f.add("dp1=" + (o[1] == 0 ? "<s>" : lower(other.get(o[1] - 1))));
        f.add("dn1=" + (o[1] + 1 == other.size() ? "</s>" : lower(other.get(o[1] + 1))));
        if (++seen == MAX_OCCURRENCES) {
          break;
        }
      }
      if (seen > 0) {
        f.add("dseen");
      }
      String lower = lower(w);
      List<Integer> lowers = lowerCase.getOrDefault(lower, List.of());
      int at = Collections.binarySearch(lowers, s - WINDOW);
      int from = at >= 0 ? at : -at - 1;
      if (from < lowers.size() && lowers.get(from) <= s + WINDOW) {
        f.add("dlower");
      }
      out.get(i).addAll(f);
    }
  }

  /**
   * Index of the first occurrence (a {@code {sentence, …}} pair) in sentence {@code s} or later;
   * the list is in text order. Shared with {@link StackedFeatures}.
   */
  static int firstFrom(List<int[]> all, int s) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid)[0] < s) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
