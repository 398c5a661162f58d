package org.rassegna.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The observation features of each token of a sentence: the word and its neighbours, their shapes
 * (capitalisation, digits, punctuation), prefixes and suffixes, and a few conjunctions. Training
 * and tagging call the same code, so a model sees at run time exactly what it learnt from.
 *
 * <p>Why these: capitalised words next to titles ("presidente", "Mr."), inflected surnames and
 * place-name endings, and the shape of the neighbourhood carry most of the signal for news names;
 * word identities alone do not generalise to unseen names.
 */
final class NerFeatures {
  private static final int AFFIX = 4;
  private static final String START = "<s>";
  private static final String END = "</s>";

  private NerFeatures() {}

  /** Features of every token of a lone sentence, with what {@code lexical} knows of its words. */
  static String[][] of(List<String> tokens, LexicalResources lexical) {
    return of(DocumentContext.of(tokens), 0, lexical);
  }

  /**
   * Features of every token of sentence {@code s} of {@code document}, with what {@code lexical}
   * knows of its words (names, word classes) and what their other occurrences in the document say.
   */
  static String[][] of(DocumentContext document, int s, LexicalResources lexical) {
    List<String> tokens = document.sentence(s);
    int n = tokens.size();
    String[] lower = new String[n];
    String[] shape = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = tokens.get(i).toLowerCase(Locale.ROOT);
      shape[i] = shape(tokens.get(i));
    }
    List<List<String>> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> f = new ArrayList<>(48);
      all.add(f);
      token(tokens.get(i), lower[i], shape[i], f);
      String p1 = at(lower, i - 1);
      String p2 = at(lower, i - 2);
      String n1 = at(lower, i + 1);
      String n2 = at(lower, i + 2);
      String ps = at(shape, i - 1);
      String ns = at(shape, i + 1);
      f.add("p1=" + p1);
      f.add("p2=" + p2);
      f.add("n1=" + n1);
      f.add("n2=" + n2);
      f.add("p1w=" + p1 + "|" + lower[i]);
      f.add("wn1=" + lower[i] + "|" + n1);
      f.add("p2p1=" + p2 + "|" + p1);
      f.add("n1n2=" + n1 + "|" + n2);
      f.add("p1s=" + p1 + "|" + shape[i]);
      f.add("sn1=" + shape[i] + "|" + n1);
      f.add("ps=" + ps);
      f.add("ns=" + ns);
      f.add("pss=" + ps + "|" + shape[i]);
      f.add("ssn=" + shape[i] + "|" + ns);
      f.add("psn=" + ps + "|" + shape[i] + "|" + ns);
      f.add("p2s=" + at(shape, i - 2) + "|" + ps);
      f.add("n2s=" + ns + "|" + at(shape, i + 2));
      if (i == 0) {
        f.add("first|" + shape[i]);
      }
    }
    lexical.features(tokens, all);
    document.features(s, all);
    String[][] out = new String[n][];
    for (int i = 0; i < n; i++) {
      out[i] = all.get(i).toArray(new String[0]);
    }
    return out;
  }

  private static void token(String word, String lower, String shape, List<String> f) {
    f.add("b");
    f.add("w=" + word);
    f.add("lw=" + lower);
    f.add("s=" + shape);
    f.add("sl=" + shape + "|" + Math.min(word.length(), 8));
    int len = lower.length();
    for (int k = 1; k <= AFFIX && k < len; k++) {
      f.add("pre" + k + "=" + lower.substring(0, k));
      f.add("suf" + k + "=" + lower.substring(len - k));
    }
    if (word.indexOf('-') > 0) {
      f.add("hyph|" + shape);
    }
  }

  private static String at(String[] values, int i) {
    if (i < 0) {
      return START;
    }
    return i >= values.length ? END : values[i];
  }

  /**
   * The word's shape with runs collapsed: "Putin" → "Xx", "USA" → "X", "U.S." → "X.X.", "2024" →
   * "d", "McCain" → "XxXx", "l'" → "x'".
   */
  static String shape(String word) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < word.length() && sb.length() < 8; i++) {
      char c = word.charAt(i);
      char k;
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        k = 'X';
      } else if (Character.isLetter(c)) {
        k = 'x';
      } else if (Character.isDigit(c)) {
        k = 'd';
      } else if (c == '’') {
        k = '\'';
      } else {
        k = c;
      }
      if (k != last) {
        sb.append(k);
        last = k;
      }
    }
    return sb.toString();
  }
}
