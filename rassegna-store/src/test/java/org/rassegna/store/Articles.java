package org.rassegna.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rassegna.model.Article;
import org.rassegna.model.BlockKind;
import org.rassegna.model.Body;
import org.rassegna.model.DateSource;
import org.rassegna.model.Outcome;
import org.rassegna.model.PublicationDate;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

/** Builds extracted outcomes for tests. */
final class Articles {
  private Articles() {}

  static Outcome.Extracted article(
      String url, String lang, String site, String day, String author, String title, String text) {
    SourceRef src =
        SourceRef.file("test/" + url.replaceAll("\\W", "_") + ".html", SourceFormat.HTML);
    Article a =
        Article.builder(src)
            .url(Optional.of(url))
            .language(Optional.of(lang))
            .siteName(Optional.of(site))
            .published(Optional.of(PublicationDate.ofDay(LocalDate.parse(day), DateSource.META)))
            .authors(List.of(author))
            .title(Optional.of(title))
            .body(new Body.Builder().add(BlockKind.PARAGRAPH, text).build())
            .build();
    return new Outcome.Extracted(a);
  }
}
