package org.rassegna.extract.text;

import java.util.Optional;
import org.rassegna.extract.PageContext;
import org.rassegna.model.Article;
import org.rassegna.model.BlockKind;
import org.rassegna.model.Body;

/** Extracts an article from a plain-text dump of a page. Thread-safe. */
public final class TextDumpExtractor {

  public Article extract(String text, PageContext ctx) {
    String[] paragraphs = text.split("\\R\\s*\\R");
    Body.Builder body = new Body.Builder();
    for (int i = 1; i < paragraphs.length; i++) {
      body.add(BlockKind.PARAGRAPH, paragraphs[i]);
    }
    return Article.builder(ctx.source())
        .url(ctx.url())
        .title(paragraphs.length > 0 ? Optional.of(paragraphs[0].strip()) : Optional.empty())
        .body(body.build())
        .build();
  }
}
