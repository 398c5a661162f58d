package org.rassegna.nlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.rassegna.model.Article;
import org.rassegna.model.BlockKind;
import org.rassegna.model.Body;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;
import org.rassegna.nlp.Annotator;
import org.rassegna.nlp.quote.Quote;
import org.rassegna.nlp.quote.Speaker;

/**
 * Scores quotes with their speakers on a hand-labelled set of passages ({@code quotes-set.txt}; the
 * format is in the set's README). Each passage is annotated on its own as one article.
 *
 * <p>A predicted quote matches a gold quote when their spans overlap by at least half the longer of
 * the two (so a scare quote inside a reported sentence does not match it), each gold quote matched
 * at most once, predictions taken in body order. It is correct when, in addition, the speakers
 * match: after lower-casing, removing accents and punctuation and a leading article, one name's
 * words end the other's ("Peskov" and "Dmitry Peskov"), comparing the gold names with both the
 * predicted speaker's name and the words at its offsets. Gold quotes whose speaker the passage does
 * not name (speaker {@code -}) are left out of recall, and predictions matching them out of
 * precision. Precision = correct / predicted, recall = correct / gold.
 */
public final class QuoteEval {

  /** Counts of one language (or {@code all}). */
  public record Score(String language, int predicted, int gold, int correct, int spanCorrect) {
    public double precision() {
      return Ratios.precision(correct, predicted);
    }

    public double recall() {
      return Ratios.recall(correct, gold);
    }

    public double f1() {
      return Ratios.f1(precision(), recall());
    }

    /** F1 of spans alone, speakers ignored. */
    public double spanF1() {
      return Ratios.f1(Ratios.precision(spanCorrect, predicted), Ratios.recall(spanCorrect, gold));
    }

    Score plus(Score o) {
      return new Score(
          language,
          predicted + o.predicted,
          gold + o.gold,
          correct + o.correct,
          spanCorrect + o.spanCorrect);
    }
  }

  record Gold(int start, int end, List<String> speakers) {
    boolean named() {
      return !speakers.equals(List.of("-"));
    }
  }

  record Passage(String id, String language, String text, List<Gold> quotes) {}

  private final Annotator annotator;
  private final Consumer<String> errors;

  public QuoteEval(Annotator annotator) {
    this(annotator, line -> {});
  }

  /**
   * With {@code errors} told one line per wrong prediction, wrong speaker and missed gold quote, to
   * read while developing the rules (never on the blind test set).
   */
  public QuoteEval(Annotator annotator, Consumer<String> errors) {
    this.annotator = annotator;
    this.errors = errors;
  }

  /** One score per language, then {@code all}. */
  public List<Score> run(Path file) throws IOException {
    Map<String, Score> by = new TreeMap<>();
    for (Passage p : read(file)) {
      Score s = score(p);
      by.merge(p.language(), s, Score::plus);
    }
    List<Score> out = new ArrayList<>(by.values());
    Score all = new Score("all", 0, 0, 0, 0);
    for (Score s : by.values()) {
      all = all.plus(s);
    }
    out.add(all);
    return out;
  }

  private Score score(Passage p) {
    Article a = article(p);
    String text = a.text();
    List<Prediction> predicted = new ArrayList<>();
    for (Quote q : annotator.annotate(a).quotes()) {
      predicted.add(new Prediction(q.start(), q.end(), speakerNames(text, q.speaker())));
    }
    return tally(p, predicted, errors);
  }

  /** A passage as the one-paragraph article the annotator reads. */
  static Article article(Passage p) {
    Body body = new Body.Builder().add(BlockKind.PARAGRAPH, p.text()).build();
    return Article.builder(SourceRef.file(p.id(), SourceFormat.TEXT))
        .language(Optional.of(p.language()))
        .body(body)
        .build();
  }

  /** The names a predicted speaker is matched by: its entity name and its words in the text. */
  static List<String> speakerNames(String text, Optional<Speaker> speaker) {
    return speaker
        .map(s -> List.of(s.name(), text.substring(s.start(), s.end())))
        .orElse(List.of());
  }

  /**
   * A predicted quote as the metric sees it: its span and the names its speaker goes by (none when
   * it has no speaker), whoever predicted it.
   */
  record Prediction(int start, int end, List<String> speakerNames) {}

  /**
   * Scores predictions, in body order, against a passage's gold quotes; {@code errors} is told each
   * extra, wrong-speaker and missed quote.
   */
  static Score tally(Passage p, List<Prediction> predicted, Consumer<String> errors) {
    boolean[] used = new boolean[p.quotes().size()];
    int counted = 0;
    int correct = 0;
    int spans = 0;
    for (Prediction q : predicted) {
      int g = match(q.start(), q.end(), p.quotes(), used);
      if (g >= 0) {
        used[g] = true;
      }
      if (g >= 0 && !p.quotes().get(g).named()) {
        continue;
      }
      counted++;
      if (g < 0) {
        report(p, "extra", q, errors);
      } else if (namesAgree(q.speakerNames(), p.quotes().get(g).speakers())) {
        spans++;
        correct++;
      } else {
        spans++;
        report(p, "speaker (gold " + p.quotes().get(g).speakers().get(0) + ")", q, errors);
      }
    }
    for (int i = 0; i < used.length; i++) {
      Gold g = p.quotes().get(i);
      if (!used[i] && g.named()) {
        errors.accept(p.id() + " missed: " + p.text().substring(g.start(), g.end()));
      }
    }
    int gold = (int) p.quotes().stream().filter(Gold::named).count();
    return new Score(p.language(), counted, gold, correct, spans);
  }

  private static void report(Passage p, String what, Prediction q, Consumer<String> errors) {
    String speaker = q.speakerNames().isEmpty() ? "none" : q.speakerNames().get(0);
    errors.accept(
        p.id() + " " + what + ": [" + speaker + "] " + p.text().substring(q.start(), q.end()));
  }

  /** The first unused gold quote that the span {@code [start, end)} matches, or -1. */
  static int match(int start, int end, List<Gold> gold, boolean[] used) {
    for (int i = 0; i < gold.size(); i++) {
      Gold g = gold.get(i);
      int overlap = Math.min(end, g.end()) - Math.max(start, g.start());
      int longer = Math.max(end - start, g.end() - g.start());
      if (!used[i] && 2 * overlap >= longer) {
        return i;
      }
    }
    return -1;
  }

  /** Whether one name of {@code a} and one of {@code b} end alike (the metric's speaker rule). */
  static boolean namesAgree(List<String> a, List<String> b) {
    for (String p : a) {
      for (String g : b) {
        if (suffixMatch(words(p), words(g))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean suffixMatch(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
  }

  private static final List<String> ARTICLES =
      List.of("il", "lo", "la", "l", "i", "gli", "le", "the", "a", "an", "el", "los", "las", "les");

  private static List<String> words(String name) {
    String plain =
        Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    List<String> w = new ArrayList<>(plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" ")));
    if (w.size() > 1 && ARTICLES.contains(w.get(0))) {
      w.remove(0);
    }
    return w;
  }

  static List<Passage> read(Path file) throws IOException {
    List<Passage> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (!line.startsWith(">>> ")) {
        continue;
      }
      String[] head = line.substring(4).split(" ");
      if (head.length < 2 || n + 1 >= lines.size()) {
        throw new IOException(
            file + ":" + (n + 1) + ": expected '>>> ID LANG SOURCE' and a text line");
      }
      String text = lines.get(n + 1);
      List<Gold> gold = new ArrayList<>();
      for (int k = n + 2; k < lines.size() && lines.get(k).startsWith("= "); k++) {
        gold.add(gold(file, k + 1, text, lines.get(k)));
      }
      out.add(new Passage(head[0], head[1], text, gold));
    }
    return out;
  }

  /** {@code = D|R | name;name | start words~end words}. */
  private static Gold gold(Path file, int lineNo, String text, String line) throws IOException {
    String[] f = line.substring(2).split("\\|", -1);
    if (f.length != 3) {
      throw new IOException(file + ":" + lineNo + ": expected '= KIND | SPEAKERS | SPAN'");
    }
    String[] ends = f[2].strip().split("~", 2);
    int start = text.indexOf(ends[0]);
    int endAt = ends.length == 2 ? text.indexOf(ends[1], start) : start;
    if (start < 0 || endAt < 0) {
      throw new IOException(file + ":" + lineNo + ": span '" + f[2].strip() + "' not in the text");
    }
    int end = endAt + (ends.length == 2 ? ends[1].length() : ends[0].length());
    List<String> speakers = new ArrayList<>();
    for (String s : f[1].split(";")) {
      speakers.add(s.strip());
    }
    return new Gold(start, end, speakers);
  }
}
