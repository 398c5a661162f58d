package org.rassegna.nlp.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rassegna.nlp.Span;
import org.rassegna.nlp.quote.Quote;
import org.rassegna.nlp.quote.QuoteLexicon;

/**
 * The tokens of a passage and the features of each, for {@link QuoteSpanTagger}. Tokens are runs of
 * letters and digits and every other non-space character alone, so quote marks, commas and colons
 * are tokens the tagger sees (the shared word tokenizer drops them).
 *
 * <p>Per token: the lower-cased word with and without the language, its shape, the words around it,
 * whether it is inside quote marks and which mark opened them, whether it is a reporting verb,
 * complementiser or source word of the language's {@link QuoteLexicon}, the bucketed distance to
 * the nearest reporting verb before and after, sentence start and end, the punctuation around it
 * and, when the rule finder's quotes are given (stacking), whether a rule quote covers it: its
 * first or a later token, of a direct or a reported quote. Stacking lets the model learn where the
 * rules go wrong rather than relearn what they do right.
 */
final class QuoteSpanFeatures {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\S");

  /** Characters that open a quotation and the one that closes each; {@code "} toggles. */
  private static final String OPENERS = "“«„‹";

  private static final String CLOSERS = "”»“›";

  private static final int[] BUCKETS = {0, 1, 2, 3, 5, 8, 12, 20};

  private QuoteSpanFeatures() {}

  /** Token offsets of {@code text}. */
  static List<Span> tokens(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  /**
   * The features of each token of {@code tokens} of {@code text}; {@code rules} are the rule
   * finder's quotes of the text, read only when {@code stacked}.
   */
  static String[][] of(
      String text, List<Span> tokens, String language, List<Quote> rules, boolean stacked) {
    QuoteLexicon lexicon = QuoteLexicon.forLanguage(language);
    int n = tokens.size();
    String[] words = new String[n];
    boolean[] cue = new boolean[n];
    for (int i = 0; i < n; i++) {
      words[i] = QuoteLexicon.key(text.substring(tokens.get(i).start(), tokens.get(i).end()));
      cue[i] = lexicon.verb(words[i]) || lexicon.sourceOf(words[i]);
    }
    String[] marks = quoteMarks(words);
    String[] rule = ruleTags(tokens, rules);
    String[][] out = new String[n][];
    for (int i = 0; i < n; i++) {
      List<String> f = new ArrayList<>();
      f.add("bias");
      f.add("w=" + words[i]);
      f.add("lw=" + language + ":" + words[i]);
      f.add("shape=" + shape(text.substring(tokens.get(i).start(), tokens.get(i).end())));
      f.add("w-1=" + word(words, i - 1));
      f.add("w+1=" + word(words, i + 1));
      f.add("w-2=" + word(words, i - 2));
      f.add("w+2=" + word(words, i + 2));
      f.add("inq=" + marks[i]);
      addLexicon(f, lexicon, words[i]);
      String before = "cue<" + bucket(distance(cue, i, -1));
      String after = "cue>" + bucket(distance(cue, i, 1));
      f.add(before);
      f.add(after);
      f.add(before + "|" + after + "|inq=" + marks[i]);
      f.add("start=" + sentenceEdge(words, i - 1));
      f.add("end=" + sentenceEdge(words, i + 1));
      if (stacked) {
        addRule(f, rule[i], i > 0 ? rule[i - 1] : "^", marks[i], before, words[i]);
      }
      out[i] = f.toArray(String[]::new);
    }
    return out;
  }

  /** The rule finder's tag of the token, alone and with its context. */
  private static void addRule(
      List<String> f, String rule, String previous, String mark, String before, String word) {
    f.add("rule=" + rule);
    f.add("rule=" + rule + "|inq=" + mark);
    f.add("rule=" + rule + "|rule-1=" + previous);
    f.add("rule=" + rule + "|" + before);
    f.add("rule=" + rule + "|w=" + word);
  }

  private static void addLexicon(List<String> f, QuoteLexicon lexicon, String key) {
    if (lexicon.verb(key)) {
      f.add("verb");
    }
    if (lexicon.complementiser(key)) {
      f.add("that");
    }
    if (lexicon.sourceOf(key)) {
      f.add("source-of");
    }
    if (lexicon.pronoun(key)) {
      f.add("pronoun");
    }
  }

  private static String word(String[] words, int i) {
    return i < 0 ? "^" : i >= words.length ? "$" : words[i];
  }

  /** Whether the token at {@code i} is a sentence boundary or off the passage. */
  private static boolean sentenceEdge(String[] words, int i) {
    return i < 0 || i >= words.length || ".!?".contains(words[i]) && words[i].length() == 1;
  }

  /**
   * Per token, the mark that opened the quotation it is in ({@code -} outside any), the marks
   * themselves counting as outside; an unclosed mark runs to the end of the passage.
   */
  static String[] quoteMarks(String[] words) {
    String[] out = new String[words.length];
    String open = "-";
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean mark = w.length() == 1 && (OPENERS + CLOSERS + "\"").contains(w);
      if (!mark) {
        out[i] = open;
        continue;
      }
      out[i] = "-";
      if (open.equals("-") && (OPENERS.contains(w) || w.equals("\""))) {
        open = w;
      } else if (closes(open, w)) {
        open = "-";
      }
    }
    return out;
  }

  private static boolean closes(String open, String mark) {
    if (open.equals("\"")) {
      return mark.equals("\"");
    }
    int at = OPENERS.indexOf(open);
    return at >= 0 && CLOSERS.charAt(at) == mark.charAt(0) || mark.equals("”");
  }

  /** Per token: {@code B-D}, {@code I-D}, {@code B-R}, {@code I-R} under a rule quote, else O. */
  static String[] ruleTags(List<Span> tokens, List<Quote> rules) {
    String[] out = new String[tokens.size()];
    Arrays.fill(out, "O");
    for (Quote q : rules) {
      String kind = q.direct() ? "D" : "R";
      boolean first = true;
      for (int i = 0; i < tokens.size(); i++) {
        Span t = tokens.get(i);
        if (t.start() >= q.start() && t.end() <= q.end()) {
          out[i] = (first ? "B-" : "I-") + kind;
          first = false;
        }
      }
    }
    return out;
  }

  /** Tokens from {@code i} to the nearest cue in direction {@code step}, or -1 when none. */
  private static int distance(boolean[] cue, int i, int step) {
    for (int j = i + step; j >= 0 && j < cue.length; j += step) {
      if (cue[j]) {
        return Math.abs(j - i);
      }
    }
    return -1;
  }

  /** A coarse distance: none, or the largest bucket bound not above it. */
  static String bucket(int distance) {
    if (distance < 0) {
      return "none";
    }
    int b = 0;
    for (int bound : BUCKETS) {
      if (distance >= bound) {
        b = bound;
      }
    }
    return Integer.toString(b);
  }

  static String shape(String token) {
    if (token.chars().allMatch(Character::isDigit)) {
      return "d";
    }
    if (!Character.isLetterOrDigit(token.codePointAt(0))) {
      return "p";
    }
    if (Character.isUpperCase(token.codePointAt(0))) {
      return token.chars().allMatch(c -> !Character.isLowerCase(c)) ? "X" : "Xx";
    }
    return "x";
  }
}
