package org.rassegna.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Scrapinghub article-extraction score: 4-token shingles compared as multisets per document;
 * per-document precision and recall averaged over documents; F1 of the two means.
 */
public final class ShingleScore {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private double precisionSum;
  private int precisionDocs;
  private double recallSum;
  private int recallDocs;
  private int exact;
  private int docs;

  /** Per-document figures. */
  public record Doc(double precision, double recall, boolean exact) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < N) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }

  /** Scores one document and adds it to the means. */
  public Doc add(String predicted, String truth) {
    List<String> pt = tokens(predicted);
    List<String> tt = tokens(truth);
    Map<List<String>, Integer> ps = shingles(pt);
    Map<List<String>, Integer> ts = shingles(tt);
    long tp = 0;
    long fp = 0;
    for (Map.Entry<List<String>, Integer> e : ps.entrySet()) {
      int inTruth = ts.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), inTruth);
      fp += Math.max(0, e.getValue() - inTruth);
    }
    long fn = 0;
    for (Map.Entry<List<String>, Integer> e : ts.entrySet()) {
      fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
    }
    double p;
    double r;
    if (fp == 0 && fn == 0) {
      p = 1;
      r = 1;
    } else {
      p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }
    if (tp + fp > 0 || (fp == 0 && fn == 0)) {
      precisionSum += p;
      precisionDocs++;
    }
    if (tp + fn > 0 || (fp == 0 && fn == 0)) {
      recallSum += r;
      recallDocs++;
    }
    boolean same = pt.equals(tt);
    if (same) {
      exact++;
    }
    docs++;
    return new Doc(p, r, same);
  }

  public double precision() {
    return precisionDocs == 0 ? 0 : precisionSum / precisionDocs;
  }

  public double recall() {
    return recallDocs == 0 ? 0 : recallSum / recallDocs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double accuracy() {
    return docs == 0 ? 0 : (double) exact / docs;
  }

  public int documents() {
    return docs;
  }
}
