package org.rassegna.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;

/**
 * One article as the quote stages see it: token keys, the text between tokens, sentence and mention
 * look-ups by offset. Built in linear time; {@link #of} shares one instance between the stages that
 * read the same input on one thread. Read-only once built.
 */
final class QuoteText {
  /**
   * The last article built on this thread: the finders and the attributor each ask for the same
   * input in turn, and building the keys and mention lists three times per article was the stage's
   * largest cost after NER.
   */
  private static final ThreadLocal<QuoteText> LAST = new ThreadLocal<>();

  /** A mention with the entity it belongs to. */
  record Mention(int start, int end, LinkedEntity entity) {}

  private final QuoteInput input;
  final String text;
  final QuoteLexicon lexicon;
  final List<Span> sentences;
  private final List<Span> tokens;
  private final String[] keys;
  private final List<Mention> mentions = new ArrayList<>();
  private final Map<String, Optional<LinkedEntity>> surnames = new HashMap<>();

  /** The view of {@code in}, reused when this thread built it last (same instance of the input). */
  static QuoteText of(QuoteInput in) {
    QuoteText last = LAST.get();
    if (last != null && last.input == in) {
      return last;
    }
    QuoteText built = new QuoteText(in);
    LAST.set(built);
    return built;
  }

  private QuoteText(QuoteInput in) {
    this.input = in;
    this.text = in.text();
    this.lexicon = QuoteLexicon.forLanguage(in.language());
    this.sentences = in.sentences();
    this.tokens = in.tokens();
    this.keys = new String[tokens.size()];
    for (int i = 0; i < keys.length; i++) {
      Span t = tokens.get(i);
      keys[i] = QuoteLexicon.key(text.substring(t.start(), t.end()));
    }
    for (LinkedEntity e : in.entities()) {
      for (EntityMention m : e.mentions()) {
        if (!titleWord(e, m)) {
          mentions.add(new Mention(m.start(), m.end(), e));
        }
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    for (LinkedEntity e : in.entities()) {
      String[] words = e.name().split(" ");
      if (e.type() == EntityType.PERSON && words.length > 1) {
        String last = QuoteLexicon.key(words[words.length - 1]);
        surnames.merge(last, Optional.of(e), (a, b) -> a.equals(b) ? a : Optional.empty());
      }
    }
  }

  /**
   * A one-word "person" right before a speaker noun is the capital of a title the recogniser took
   * for a name ("Le Premier ministre"): the phrase is a description, not that person.
   */
  private boolean titleWord(LinkedEntity e, EntityMention m) {
    int next = tokensBefore(m.end());
    return e.type() == EntityType.PERSON
        && next == firstTokenFrom(m.start()) + 1
        && next < keys.length
        && lexicon.speakerNoun(keys[next])
        && Character.isLowerCase(text.charAt(start(next)));
  }

  /** The one person of the article whose name ends in this word ("Hagari"), if exactly one. */
  Optional<LinkedEntity> personBySurname(String key) {
    return surnames.getOrDefault(key, Optional.empty());
  }

  int size() {
    return keys.length;
  }

  String key(int token) {
    return keys[token];
  }

  int start(int token) {
    return tokens.get(token).start();
  }

  int end(int token) {
    return tokens.get(token).end();
  }

  /** The text between token {@code t - 1} (or the window start) and token {@code t}. */
  String gapBefore(int t, int from) {
    int s = t == 0 ? 0 : Math.max(end(t - 1), from);
    return text.substring(Math.min(s, start(t)), start(t));
  }

  /** The text between token {@code t} and token {@code t + 1} (or the window end). */
  String gapAfter(int t, int to) {
    int e = t + 1 < keys.length ? Math.min(start(t + 1), to) : to;
    return text.substring(end(t), Math.max(e, end(t)));
  }

  /** Index of the first token starting at or after {@code offset}; {@link #size()} if none. */
  int firstTokenFrom(int offset) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start(mid) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index one past the last token ending at or before {@code offset}. */
  int tokensBefore(int offset) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end(mid) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Mentions lying inside {@code [from, to)}, in body order. */
  List<Mention> mentionsIn(int from, int to) {
    List<Mention> out = new ArrayList<>();
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < mentions.size() && mentions.get(i).start() < to; i++) {
      if (mentions.get(i).end() <= to) {
        out.add(mentions.get(i));
      }
    }
    return out;
  }

  /** The sentence holding {@code offset}, or an empty span there when it falls between. */
  Span sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo < sentences.size() && sentences.get(lo).start() <= offset) {
      return sentences.get(lo);
    }
    return new Span(offset, offset);
  }

  /** True when {@code s} holds a comma, semicolon, colon, bracket, dash or quote mark. */
  static boolean breaks(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (",;:()[]–—\"“”«»„‘’".indexOf(c) >= 0 || c == '\n') {
        return true;
      }
    }
    return false;
  }

  /** True when {@code s} ends a sentence: a full stop, question or exclamation mark. */
  static boolean endsSentence(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
