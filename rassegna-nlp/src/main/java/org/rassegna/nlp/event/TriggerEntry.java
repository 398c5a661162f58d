package org.rassegna.nlp.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a trigger lexicon: a word pattern and the event it signals.
 *
 * <p>Pattern tokens are lookup keys (lower case, no accents); a token ending in {@code *} matches
 * any word it starts, and the token {@value #GAP} matches up to {@value #MAX_GAP} words of any kind
 * ("ha espresso pieno sostegno").
 *
 * @param nominal the trigger is a noun ("incontro", "attacco"), whose participants follow it; a
 *     verbal trigger has its source before and its target after
 */
public record TriggerEntry(
    List<String> tokens, PloverType type, Optional<String> mode, boolean nominal) {
  /** The gap token of a pattern. */
  public static final String GAP = "~";

  /** Most words one gap token skips. */
  public static final int MAX_GAP = 3;

  public TriggerEntry {
    tokens = List.copyOf(tokens);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    if (tokens.isEmpty()
        || GAP.equals(tokens.get(0))
        || GAP.equals(tokens.get(tokens.size() - 1))) {
      throw new IllegalArgumentException("pattern must start and end with a word: " + tokens);
    }
  }

  /** Whether pattern token {@code p} matches the text token key {@code key}. */
  static boolean matches(String p, String key) {
    if (p.endsWith("*")) {
      return key.startsWith(p.substring(0, p.length() - 1));
    }
    return p.equals(key);
  }
}
