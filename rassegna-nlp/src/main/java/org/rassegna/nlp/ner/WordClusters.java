package org.rassegna.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Word classes at a few granularities ({@link WordClusterer}), learnt from the text a model is
 * trained on, and the features they give: the classes of a token and of its neighbours. An unseen
 * rare word still shares the weights of the class of the words it resembles in its contexts, the
 * feature that helps most where labelled data is small (Miller et al. 2004; Turian et al. 2010).
 */
final class WordClusters {
  static final WordClusters NONE = new WordClusters(new int[0], Map.of());
  private static final int[] SIZES = {64, 256, 1024};
  private static final int MIN_COUNT = 2;
  private static final int PASSES = 12;

  private final int[] sizes;
  private final Map<String, int[]> classes;

  private WordClusters(int[] sizes, Map<String, int[]> classes) {
    this.sizes = sizes;
    this.classes = classes;
  }

  /** Classes of the words of {@code sentences}, one clustering per granularity. */
  static WordClusters learn(List<List<String>> sentences, Consumer<String> log) {
    Map<String, int[]> classes = new HashMap<>();
    for (int level = 0; level < SIZES.length; level++) {
      log.accept("word classes: " + SIZES[level]);
      Map<String, Integer> one =
          new WordClusterer(SIZES[level], MIN_COUNT, PASSES, log).cluster(sentences);
      int at = level;
      one.forEach((word, c) -> classes.computeIfAbsent(word, w -> new int[SIZES.length])[at] = c);
    }
    return new WordClusters(SIZES.clone(), classes);
  }

  /** Number of words with a class. */
  int size() {
    return classes.size();
  }

  /** Adds the class features of every token of {@code tokens} to {@code out}. */
  void features(List<String> tokens, List<List<String>> out) {
    if (classes.isEmpty()) {
      return;
    }
    int n = tokens.size();
    List<int[]> of = new ArrayList<>(n);
    for (String token : tokens) {
      of.add(classes.get(token.toLowerCase(Locale.ROOT)));
    }
    int middle = sizes.length / 2;
    for (int i = 0; i < n; i++) {
      List<String> f = out.get(i);
      int[] own = of.get(i);
      String mine = own == null ? "-" : Integer.toString(own[middle]);
      if (own != null) {
        for (int level = 0; level < sizes.length; level++) {
          f.add("c" + sizes[level] + "=" + own[level]);
        }
        f.add("cs=" + mine + "|" + NerFeatures.shape(tokens.get(i)));
      }
      String before = i > 0 ? name(of.get(i - 1), middle) : "<s>";
      String after = i + 1 < n ? name(of.get(i + 1), middle) : "</s>";
      f.add("cp1=" + before);
      f.add("cn1=" + after);
      f.add("cp1c=" + before + "|" + mine);
      f.add("ccn1=" + mine + "|" + after);
      f.add("cp2=" + (i > 1 ? name(of.get(i - 2), middle) : "<s>"));
      f.add("cn2=" + (i + 2 < n ? name(of.get(i + 2), middle) : "</s>"));
    }
  }

  private static String name(int[] classes, int level) {
    return classes == null ? "-" : Integer.toString(classes[level]);
  }

  void write(DataOutputStream d) throws IOException {
    d.writeByte(sizes.length);
    for (int size : sizes) {
      d.writeShort(size);
    }
    d.writeInt(classes.size());
    for (Map.Entry<String, int[]> e : classes.entrySet()) {
      d.writeUTF(e.getKey());
      for (int c : e.getValue()) {
        d.writeShort(c);
      }
    }
  }

  static WordClusters read(DataInputStream d) throws IOException {
    int[] sizes = new int[d.readByte()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = d.readShort();
    }
    int n = d.readInt();
    Map<String, int[]> classes = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String word = d.readUTF();
      int[] c = new int[sizes.length];
      for (int k = 0; k < sizes.length; k++) {
        c[k] = d.readShort();
      }
      classes.put(word, c);
    }
    return new WordClusters(sizes, classes);
  }
}
