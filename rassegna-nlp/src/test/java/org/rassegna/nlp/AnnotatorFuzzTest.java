package org.rassegna.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.Optional;
import org.rassegna.model.Article;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;
import org.rassegna.nlp.event.EventActor;
import org.rassegna.nlp.event.PoliticalEvent;
import org.rassegna.nlp.ner.ModelNerTagger;
import org.rassegna.nlp.quote.Quote;

/**
 * Arbitrary text as an article body in any supported language, with or without a publication day:
 * every stage of the annotator (language, sentences, NER, linking, quotes, events) gives valid
 * output whose offsets all point into the body, and the JSON writer accepts it.
 */
class AnnotatorFuzzTest {
  private static final String[] LANGUAGES = {"it", "en", "es", "fr", "de", "pt", "ru", "ja"};
  private static final Annotator ANNOTATOR = TestAnnotators.with(ModelNerTagger.fromClasspath());

  @FuzzTest(maxDuration = "30s")
  void any_body_gives_annotations_inside_the_text(FuzzedDataProvider data) {
    String language = data.pickValue(LANGUAGES);
    boolean dated = data.consumeBoolean();
    String body = data.consumeRemainingAsString();
    Article article =
        TestAnnotators.article(
            body,
            Optional.of(language),
            dated
                ? Optional.of(PublicationDate.ofDay(LocalDate.of(2022, 1, 21), DateSource.DATELINE))
                : Optional.empty());
    AnnotatedArticle a = ANNOTATOR.annotate(article);
    int length = a.article().text().length();
    for (Span s : a.sentences()) {
      inside(s.start(), s.end(), length);
    }
    for (LinkedEntity e : a.entities()) {
      for (EntityMention m : e.mentions()) {
        inside(m.start(), m.end(), length);
        assertThat(a.article().text().substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    for (Quote q : a.quotes()) {
      inside(q.start(), q.end(), length);
      q.parts().forEach(p -> inside(p.start(), p.end(), length));
      q.speaker().ifPresent(s -> inside(s.start(), s.end(), length));
    }
    for (PoliticalEvent e : a.events()) {
      inside(e.start(), e.end(), length);
      inside(e.trigger().start(), e.trigger().end(), length);
      e.source().ifPresent(x -> actorInside(x, length));
      e.target().ifPresent(x -> actorInside(x, length));
    }
    assertThat(AnnotatedArticleJson.toLine(a, false)).startsWith("{");
  }

  private static void actorInside(EventActor actor, int length) {
    inside(actor.start(), actor.end(), length);
  }

  private static void inside(int start, int end, int length) {
    assertThat(start).isBetween(0, end);
    assertThat(end).isLessThanOrEqualTo(length);
  }
}
