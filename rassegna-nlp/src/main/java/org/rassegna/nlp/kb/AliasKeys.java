package org.rassegna.nlp.kb;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.rassegna.nlp.Span;
import org.rassegna.nlp.text.Tokenizer;

/**
 * The lookup key of a form: its word tokens, lower-cased, without accents, apostrophes unified,
 * joined by one space. "Nicolás Maduro", "NICOLAS MADURO" and "Nicolas Maduro" share a key, so the
 * knowledge base and the text meet whatever their spelling habits.
 */
public final class AliasKeys {
  private static final Tokenizer TOKENS = new Tokenizer("en");

  private AliasKeys() {}

  /** The key of a whole form. */
  public static String of(String form) {
    List<Span> tokens = TOKENS.tokens(form);
    StringBuilder sb = new StringBuilder();
    for (Span t : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(token(form.substring(t.start(), t.end())));
    }
    return sb.toString();
  }

  /** The key of one token. */
  public static String token(String token) {
    String lower = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) {
      ascii = lower.charAt(i) < 128;
    }
    if (ascii) {
      return lower;
    }
    String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      // Cyrillic й and ё lose their marks too; harmless, as both spellings occur in news.
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** How many tokens a form has. */
  public static int length(String form) {
    return TOKENS.tokens(form).size();
  }
}
