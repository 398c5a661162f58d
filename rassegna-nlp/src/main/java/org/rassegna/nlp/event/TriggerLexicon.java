package org.rassegna.nlp.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rassegna.nlp.kb.AliasKeys;

/**
 * The trigger words of one language, indexed by the first three letters of their first token.
 * Immutable and thread-safe.
 *
 * <p>Shipped lexicons are hand-written TSV resources {@code triggers-<lang>.tsv}: {@code pattern
 * TAB type TAB mode-or-dash TAB v|n}, {@code #} comments. Patterns are written in plain words and
 * keyed here, so the files stay readable with their accents. A line {@code !word} names a word no
 * prefix pattern matches: prefixes are short, and "impos*" (imposed) also matches "impossible",
 * Spanish "ejecut*" (ejecutado) "ejecutivo", French "livre*" (livrée) "livres". A line {@code !word
 * word ...} names a phrase at whose first word no trigger starts: "sought to" is an attempt, while
 * "sought" alone is a request.
 */
public final class TriggerLexicon {
  /** Letters of a token used as index key; prefix patterns must have at least this many. */
  static final int KEY_LENGTH = 3;

  private static final Map<String, Optional<TriggerLexicon>> SHIPPED = new ConcurrentHashMap<>();

  private final Map<String, List<TriggerEntry>> byKey;
  private final Set<String> notPrefixed;
  private final Map<String, List<List<String>>> notStartingPhrases;
  private final int size;

  public TriggerLexicon(List<TriggerEntry> entries) {
    this(entries, Set.of());
  }

  /**
   * A lexicon with exclusions: a single key in {@code exclusions} is matched by no prefix pattern
   * (a word that shares a prefix with a trigger but names no event); keys joined by spaces are a
   * phrase at whose first word no trigger starts.
   */
  public TriggerLexicon(List<TriggerEntry> entries, Set<String> exclusions) {
    Map<String, List<TriggerEntry>> index = new HashMap<>();
    for (TriggerEntry e : entries) {
      index.computeIfAbsent(indexKey(e.tokens().get(0)), k -> new ArrayList<>()).add(e);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byKey = Map.copyOf(index);
    Set<String> words = new HashSet<>();
    Map<String, List<List<String>>> phrases = new HashMap<>();
    for (String x : exclusions) {
      List<String> keys = List.of(x.split(" "));
      if (keys.size() == 1) {
        words.add(x);
      } else {
        phrases.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(keys);
      }
    }
    phrases.replaceAll((k, v) -> List.copyOf(v));
    this.notPrefixed = Set.copyOf(words);
    this.notStartingPhrases = Map.copyOf(phrases);
    this.size = entries.size();
  }

  /** Whether an excluded phrase starts at token {@code i}, so that no trigger may start there. */
  boolean excludedAt(List<String> keys, int i) {
    for (List<String> phrase : notStartingPhrases.getOrDefault(keys.get(i), List.of())) {
      if (i + phrase.size() <= keys.size() && keys.subList(i, i + phrase.size()).equals(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Whether pattern token {@code p} matches the text token key {@code key}. */
  boolean matches(String p, String key) {
    return TriggerEntry.matches(p, key) && !(p.endsWith("*") && notPrefixed.contains(key));
  }

  /** The shipped lexicon of a language (ISO 639-1); empty for a language without one. */
  public static Optional<TriggerLexicon> shipped(String language) {
    return SHIPPED.computeIfAbsent(language, TriggerLexicon::load);
  }

  /** Entries whose first pattern token may match a text token with this key. */
  List<TriggerEntry> candidates(String tokenKey) {
    return byKey.getOrDefault(indexKey(tokenKey), List.of());
  }

  public int size() {
    return size;
  }

  /** The event types some entry signals. */
  public Set<PloverType> types() {
    Set<PloverType> out = EnumSet.noneOf(PloverType.class);
    byKey.values().forEach(list -> list.forEach(e -> out.add(e.type())));
    return out;
  }

  private static String indexKey(String token) {
    String bare = token.endsWith("*") ? token.substring(0, token.length() - 1) : token;
    return bare.length() <= KEY_LENGTH ? bare : bare.substring(0, KEY_LENGTH);
  }

  private static Optional<TriggerLexicon> load(String language) {
    String name = "triggers-" + language + ".tsv";
    try (InputStream in = TriggerLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> notPrefixed = new HashSet<>();
      List<TriggerEntry> entries = parse(r, name, notPrefixed);
      return Optional.of(new TriggerLexicon(entries, notPrefixed));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trigger lexicon " + name, e);
    }
  }

  /** The entries of a lexicon file; its {@code !} lines go into {@code notPrefixed} as keys. */
  static List<TriggerEntry> parse(BufferedReader r, String name, Set<String> notPrefixed)
      throws IOException {
    List<TriggerEntry> out = new ArrayList<>();
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("!")) {
        List<String> keys = new ArrayList<>();
        for (String w : line.substring(1).trim().split(" +")) {
          keys.add(AliasKeys.token(w));
        }
        notPrefixed.add(String.join(" ", keys));
        continue;
      }
      out.add(entry(line.split("\t", -1), name + ":" + lineNo));
    }
    return out;
  }

  private static TriggerEntry entry(String[] f, String where) {
    if (f.length != 4) {
      throw new IllegalArgumentException(where + ": expected 4 tab-separated fields");
    }
    PloverType type =
        PloverType.parse(f[1])
            .orElseThrow(() -> new IllegalArgumentException(where + ": unknown type " + f[1]));
    List<String> tokens = new ArrayList<>();
    for (String w : f[0].trim().split(" +")) {
      boolean prefix = w.endsWith("*");
      String key = AliasKeys.token(prefix ? w.substring(0, w.length() - 1) : w);
      if (prefix && key.length() < KEY_LENGTH) {
        throw new IllegalArgumentException(where + ": prefix too short: " + w);
      }
      tokens.add(prefix ? key + "*" : key);
    }
    Optional<String> mode = "-".equals(f[2].trim()) ? Optional.empty() : Optional.of(f[2].trim());
    return new TriggerEntry(tokens, type, mode, "n".equals(f[3].trim()));
  }
}
