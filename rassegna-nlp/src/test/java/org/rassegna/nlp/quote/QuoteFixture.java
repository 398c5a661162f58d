package org.rassegna.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.Span;
import org.rassegna.nlp.text.SentenceSplitter;
import org.rassegna.nlp.text.Tokenizer;

/**
 * Runs the default quote stage on a hand-made text whose persons are given by name, so tests state
 * what the entity recogniser found instead of depending on its model.
 */
final class QuoteFixture {
  private static final QuoteExtractor QUOTES = QuoteExtractor.defaults();

  private QuoteFixture() {}

  /** The quotes of {@code text}, every occurrence of each name a person mention. */
  static List<Quote> quotes(String lang, String text, String... persons) {
    List<LinkedEntity> entities = new ArrayList<>();
    for (String p : persons) {
      entities.add(entity(text, p, EntityType.PERSON));
    }
    return quotes(lang, text, entities);
  }

  /** The quotes of {@code text} with the given entities. */
  static List<Quote> quotes(String lang, String text, List<LinkedEntity> entities) {
    List<Span> sentences = new SentenceSplitter(lang).split(text);
    List<Span> tokens = new Tokenizer(lang).tokens(text);
    return QUOTES.extract(new QuoteInput(text, lang, sentences, tokens, entities));
  }

  /** An unlinked entity of this type mentioned at every occurrence of its name. */
  static LinkedEntity entity(String text, String name, EntityType type) {
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      mentions.add(new EntityMention(i, i + name.length(), name));
    }
    return new LinkedEntity(
        Optional.empty(), name, type, Optional.empty(), Optional.empty(), mentions);
  }
}
