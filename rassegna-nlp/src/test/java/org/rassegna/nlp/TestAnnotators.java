package org.rassegna.nlp;

import java.util.List;
import java.util.Optional;
import org.rassegna.extract.PageContext;
import org.rassegna.extract.text.TextDumpExtractor;
import org.rassegna.model.Article;
import org.rassegna.model.BlockKind;
import org.rassegna.model.Body;
import org.rassegna.model.PublicationDate;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.lang.LanguageIdentifier;

/** Shared, expensive test fixtures: one language identifier for the whole test run. */
final class TestAnnotators {
  static final LanguageIdentifier LANGUAGES = LanguageIdentifier.defaults();
  static final NerTagger NO_NER = (text, sentences, language) -> List.of();

  private TestAnnotators() {}

  /** An annotator with the shipped knowledge base and the given tagger. */
  static Annotator with(NerTagger tagger) {
    return new Annotator(LANGUAGES, KnowledgeBase.shipped(), tagger);
  }

  static Article article(String body) {
    return article(body, Optional.empty(), Optional.empty());
  }

  /** Paragraphs split at blank lines, with the page's declared language and publication date. */
  static Article article(
      String body, Optional<String> language, Optional<PublicationDate> published) {
    Body.Builder b = new Body.Builder();
    for (String para : body.split("\n\n")) {
      b.add(BlockKind.PARAGRAPH, para);
    }
    return Article.builder(SourceRef.file("test.txt", SourceFormat.TEXT))
        .body(b.build())
        .language(language)
        .published(published)
        .build();
  }

  static Article fromDump(String name, String dump) {
    SourceRef source = SourceRef.file(name, SourceFormat.TEXT);
    return new TextDumpExtractor().extract(dump, PageContext.of(source));
  }
}
