package org.rassegna.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.rassegna.extract.Extraction;
import org.rassegna.model.Outcome;

/** The extractors compared side by side: rassegna, boilerpipe and Readability4J. */
final class Contenders {
  private Contenders() {}

  static List<Contender> all() {
    return List.of(rassegna(), boilerpipe(), readability4j());
  }

  /** rassegna from the raw bytes, so its figure includes charset decoding. */
  static Contender rassegna() {
    Extraction extraction = Extraction.withDefaults();
    return new Contender() {
      @Override
      public String name() {
        return "rassegna";
      }

      @Override
      public String extract(BenchPage page) {
        Outcome o = extraction.extract(page.raw());
        return o instanceof Outcome.Extracted e ? e.article().text() : "";
      }
    };
  }

  static Contender boilerpipe() {
    return new Contender() {
      @Override
      public String name() {
        return "boilerpipe 1.1.0 (ArticleExtractor)";
      }

      @Override
      public String extract(BenchPage page) throws Exception {
        return ArticleExtractor.INSTANCE.getText(page.html());
      }
    };
  }

  static Contender readability4j() {
    return new Contender() {
      @Override
      public String name() {
        return "Readability4J 1.0.8";
      }

      @Override
      public String extract(BenchPage page) {
        String text =
            new Readability4J(page.url().orElse(""), page.html()).parse().getTextContent();
        return text == null ? "" : text;
      }
    };
  }
}
