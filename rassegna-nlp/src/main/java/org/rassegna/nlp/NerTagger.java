package org.rassegna.nlp;

import java.util.List;

/**
 * Finds named-entity mentions in a text. Offsets are into {@code text}. Implementations are
 * thread-safe and never throw on odd input (empty, huge, digits only): they return no mentions.
 */
public interface NerTagger {

  /**
   * @param text the article body
   * @param sentences sentence spans of {@code text}, in order
   * @param language ISO 639-1 code of the text
   */
  List<NerMention> tag(String text, List<Span> sentences, String language);
}
