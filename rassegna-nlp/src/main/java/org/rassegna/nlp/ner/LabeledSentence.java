package org.rassegna.nlp.ner;

import java.util.List;

/** One tokenised sentence with its gold entities, as read from an annotated corpus. */
public record LabeledSentence(List<String> tokens, List<TokenSpan> entities) {
  public LabeledSentence {
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    for (TokenSpan e : entities) {
      if (e.end() > tokens.size()) {
        throw new IllegalArgumentException("entity " + e + " beyond " + tokens.size() + " tokens");
      }
    }
  }
}
