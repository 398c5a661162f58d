package org.rassegna.nlp.quote;

import java.util.List;
import java.util.Objects;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;

/**
 * What the quote stages read: the body, its language (picks the word lists), its sentences and word
 * tokens (as the annotator found them) and its linked entities (speakers are chosen among them).
 */
public record QuoteInput(
    String text,
    String language,
    List<Span> sentences,
    List<Span> tokens,
    List<LinkedEntity> entities) {

  public QuoteInput {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
  }
}
