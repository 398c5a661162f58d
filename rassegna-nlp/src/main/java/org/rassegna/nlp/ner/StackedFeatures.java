package org.rassegna.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Features a second-pass tagger takes from a first pass's labels over the document (Krishnan and
 * Manning 2006; Ratinov and Roth 2009, "non-local features"): the first-pass label of the token and
 * of its neighbours, the types the first pass gave the same word elsewhere within {@value #WINDOW}
 * sentences either side, and the type it gave the same entity string there.
 *
 * <p>Why: a city standing for its club, a country acting as a state or an unseen surname is often
 * typed right in one sentence of an article and wrong in another; the first pass's majority over
 * the article lets the second pass make the mentions agree, which word features alone cannot.
 */
final class StackedFeatures {
  static final int WINDOW = 10;
  private static final String OUTSIDE = "O";

  private final List<List<String>> sentences;
  private final List<String[]> labels = new ArrayList<>();
  private final List<String[]> types = new ArrayList<>();
  private final Map<String, List<int[]>> words = new HashMap<>();
  private final Map<String, List<int[]>> entities = new HashMap<>();
  private final List<String> typeNames = new ArrayList<>();

  /** The features of {@code sentences} (document order) given their first-pass entities. */
  StackedFeatures(List<List<String>> sentences, List<List<TokenSpan>> firstPass) {
    this.sentences = sentences;
    for (int s = 0; s < sentences.size(); s++) {
      List<String> tokens = sentences.get(s);
      String[] label = new String[tokens.size()];
      String[] type = new String[tokens.size()];
      Arrays.fill(label, OUTSIDE);
      Arrays.fill(type, OUTSIDE);
      for (TokenSpan e : firstPass.get(s)) {
        mark(e, label, type);
        String name = String.join(" ", tokens.subList(e.start(), e.end()));
        entities.computeIfAbsent(name, k -> new ArrayList<>()).add(new int[] {s, e.start(), id(e)});
      }
      labels.add(label);
      types.add(type);
      for (int i = 0; i < tokens.size(); i++) {
        if (wordLike(tokens.get(i))) {
          words.computeIfAbsent(tokens.get(i), k -> new ArrayList<>()).add(new int[] {s, i});
        }
      }
    }
  }

  private int id(TokenSpan e) {
    String name = e.type().conll();
    int at = typeNames.indexOf(name);
    if (at < 0) {
      typeNames.add(name);
      at = typeNames.size() - 1;
    }
    return at;
  }

  private static void mark(TokenSpan e, String[] label, String[] type) {
    String t = e.type().conll();
    for (int k = e.start(); k < e.end(); k++) {
      char part =
          e.end() - e.start() == 1 ? 'U' : k == e.start() ? 'B' : k == e.end() - 1 ? 'L' : 'I';
      label[k] = part + "-" + t;
      type[k] = t;
    }
  }

  /** {@code base} (the features of sentence {@code s}'s tokens) with the stacked features added. */
  String[][] append(int s, String[][] base) {
    String[] label = labels.get(s);
    String[][] out = new String[base.length][];
    for (int i = 0; i < base.length; i++) {
      List<String> f = new ArrayList<>(8);
      f.add("t1=" + label[i]);
      f.add("t1p=" + (i == 0 ? "<s>" : label[i - 1]));
      f.add("t1n=" + (i + 1 == label.length ? "</s>" : label[i + 1]));
      wordVotes(s, i, f);
      entityVotes(s, i, f);
      out[i] = Arrays.copyOf(base[i], base[i].length + f.size());
      for (int k = 0; k < f.size(); k++) {
        out[i][base[i].length + k] = f.get(k);
      }
    }
    return out;
  }

  /** The types the first pass gave the other occurrences of this word nearby. */
  private void wordVotes(int s, int i, List<String> f) {
    String w = sentences.get(s).get(i);
    List<int[]> all = words.get(w);
    if (all == null) {
      return;
    }
    Map<String, Integer> votes = votes(all, s, i, o -> types.get(o[0])[o[1]]);
    boolean named = votes.keySet().stream().anyMatch(t -> !t.equals(OUTSIDE));
    if (votes.isEmpty() || !(named || Character.isUpperCase(w.charAt(0)))) {
      return;
    }
    String top = top(votes);
    f.add("v1=" + top);
    f.add("v1s=" + types.get(s)[i] + ">" + top);
    for (String t : votes.keySet()) {
      f.add("v1any=" + t);
    }
  }

  /** The type the first pass gave the other occurrences of the entity covering this token. */
  private void entityVotes(int s, int i, List<String> f) {
    if (types.get(s)[i].equals(OUTSIDE)) {
      return;
    }
    int start = i;
    String[] label = labels.get(s);
    while (start > 0 && label[start].charAt(0) != 'B' && label[start].charAt(0) != 'U') {
      start--;
    }
    int end = i + 1;
    while (end < label.length
        && label[end - 1].charAt(0) != 'L'
        && label[end - 1].charAt(0) != 'U') {
      end++;
    }
    List<int[]> all = entities.get(String.join(" ", sentences.get(s).subList(start, end)));
    if (all == null) {
      return;
    }
    Map<String, Integer> votes = votes(all, s, start, o -> typeNames.get(o[2]));
    if (!votes.isEmpty()) {
      f.add("e1=" + types.get(s)[i] + ">" + top(votes));
    }
  }

  /**
   * How often each type was given to the occurrences in {@code all} ({sentence, token, …}, in text
   * order) within the window around sentence {@code s}, leaving out the one at token {@code self}
   * of {@code s}.
   */
  private static Map<String, Integer> votes(
      List<int[]> all, int s, int self, Function<int[], String> typeOf) {
    Map<String, Integer> votes = new HashMap<>();
    for (int k = DocumentContext.firstFrom(all, s - WINDOW);
        k < all.size() && all.get(k)[0] <= s + WINDOW;
        k++) {
      int[] o = all.get(k);
      if (o[0] != s || o[1] != self) {
        votes.merge(typeOf.apply(o), 1, Integer::sum);
      }
    }
    return votes;
  }

  /** The most voted type, ties to the alphabetically first, so the result is deterministic. */
  private static String top(Map<String, Integer> votes) {
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      int c = e.getValue();
      if (c > most || (c == most && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        most = c;
      }
    }
    return best;
  }

  private static boolean wordLike(String w) {
    return w.length() > 1 && Character.isLetter(w.charAt(0));
  }
}
