package org.rassegna.nlp.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rassegna.nlp.Span;
import org.rassegna.nlp.kb.AliasKeys;
import org.rassegna.nlp.kb.AliasKind;
import org.rassegna.nlp.kb.KbAlias;
import org.rassegna.nlp.kb.KnowledgeBase;

/**
 * Finds knowledge-base aliases in a tokenised text: at each token the longest alias that starts
 * there and passes the case and language checks wins, and matching resumes after it, so hits never
 * overlap. Look-ups are hash probes on joined token keys, at most {@link KnowledgeBase#maxTokens()}
 * per token, skipped when no alias starts with the token.
 *
 * <p>Case rules: proper-noun aliases need a capitalised surface; aliases of four characters or less
 * ("UE", "NATO", "Iran") need the exact surface; demonyms match in any case but only in their own
 * language when the article's language is known.
 */
final class KbMatcher {
  private final KnowledgeBase kb;

  KbMatcher(KnowledgeBase kb) {
    this.kb = kb;
  }

  List<KbHit> find(String text, List<Span> tokens, Optional<String> language) {
    List<KbHit> hits = new ArrayList<>();
    String[] keys = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      keys[i] = AliasKeys.token(text.substring(tokens.get(i).start(), tokens.get(i).end()));
    }
    int i = 0;
    while (i < tokens.size()) {
      KbHit hit = longestAt(text, tokens, keys, i, language);
      if (hit == null) {
        i++;
      } else {
        hits.add(hit);
        i = hit.lastToken() + 1;
      }
    }
    return hits;
  }

  private KbHit longestAt(
      String text, List<Span> tokens, String[] keys, int i, Optional<String> language) {
    if (!kb.startsSomeAlias(keys[i])) {
      return null;
    }
    int max = Math.min(kb.maxTokens(), tokens.size() - i);
    for (int n = max; n >= 1; n--) {
      int last = i + n - 1;
      if (n > 1 && !adjacent(text, tokens, i, last)) {
        continue;
      }
      String key = n == 1 ? keys[i] : String.join(" ", Arrays.copyOfRange(keys, i, i + n));
      List<KbAlias> aliases = kb.lookup(key);
      if (aliases.isEmpty()) {
        continue;
      }
      int start = tokens.get(i).start();
      int end = tokens.get(last).end();
      String surface = text.substring(start, end);
      for (KbAlias a : aliases) {
        if (accepts(a, surface, language)) {
          return new KbHit(start, end, a.entity(), a.kind(), i, last);
        }
      }
    }
    return null;
  }

  /** Tokens of one alias are separated by spaces, hyphens or apostrophes only, never by a line. */
  private static boolean adjacent(String text, List<Span> tokens, int first, int last) {
    for (int t = first; t < last; t++) {
      int gapStart = tokens.get(t).end();
      int gapEnd = tokens.get(t + 1).start();
      if (gapEnd - gapStart > 3) {
        return false;
      }
      for (int c = gapStart; c < gapEnd; c++) {
        char ch = text.charAt(c);
        if (ch == '\n' || ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')') {
          return false;
        }
      }
    }
    return true;
  }

  static boolean accepts(KbAlias a, String surface, Optional<String> language) {
    boolean ownLanguage =
        a.language().equals("*") || language.isEmpty() || language.get().equals(a.language());
    if (a.kind() == AliasKind.DEMONYM) {
      return ownLanguage && (!Character.isUpperCase(a.text().charAt(0)) || capitalised(surface));
    }
    if (a.kind() == AliasKind.CAPITAL && !ownLanguage) {
      return false;
    }
    if (a.text().length() <= 4) {
      return surface.equals(a.text());
    }
    return capitalised(surface);
  }

  private static boolean capitalised(String surface) {
    int c = surface.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }
}
