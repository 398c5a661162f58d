package org.rassegna.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-local copy of the Scrapinghub body score: 4-token shingles compared as multisets, mean
 * precision and recall over documents, F1 of the two means.
 */
final class ShingleScorer {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private double precisionSum;
  private int precisionDocs;
  private double recallSum;
  private int recallDocs;

  void add(String predicted, String truth) {
    Map<List<String>, Integer> ps = shingles(tokens(predicted));
    Map<List<String>, Integer> ts = shingles(tokens(truth));
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
    if (fp == 0 && fn == 0) {
      precisionSum += 1;
      recallSum += 1;
      precisionDocs++;
      recallDocs++;
      return;
    }
    if (tp + fp > 0) {
      precisionSum += (double) tp / (tp + fp);
      precisionDocs++;
    }
    if (tp + fn > 0) {
      recallSum += (double) tp / (tp + fn);
      recallDocs++;
    }
  }

  double precision() {
    return precisionDocs == 0 ? 0 : precisionSum / precisionDocs;
  }

  double recall() {
    return recallDocs == 0 ? 0 : recallSum / recallDocs;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<List<String>, Integer> shingles(List<String> tokens) {
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
}
