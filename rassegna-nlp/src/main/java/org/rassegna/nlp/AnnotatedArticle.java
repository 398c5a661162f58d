package org.rassegna.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rassegna.model.Article;
import org.rassegna.nlp.event.PoliticalEvent;
import org.rassegna.nlp.quote.Quote;

/**
 * An article with its enrichment: the language detected on the body with its confidence, the
 * sentences, the entities and the PLOVER events, all as offsets into {@code article.text()}.
 *
 * @param language ISO 639-1 code detected on the body (or the page's own language when the body is
 *     too short to tell); empty when neither is known
 * @param languageConfidence 0..1; 0 when the language was not detected from the body
 * @param quotes direct and reported speech with their speakers, in body order
 */
public record AnnotatedArticle(
    Article article,
    Optional<String> language,
    double languageConfidence,
    List<Span> sentences,
    List<LinkedEntity> entities,
    List<Quote> quotes,
    List<PoliticalEvent> events) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(language, "language");
    if (!(languageConfidence >= 0 && languageConfidence <= 1)) {
      throw new IllegalArgumentException("languageConfidence out of [0,1]: " + languageConfidence);
    }
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }
}
