package org.rassegna.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.time.Duration;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.rassegna.extract.ExtractOptions;
import org.rassegna.extract.Extraction;
import org.rassegna.model.Outcome;

/** The extractors compared side by side: rassegna, boilerpipe and Readability4J. */
final class Contenders {
  private Contenders() {}

  static List<Contender> all() {
    return List.of(
        rassegna("rassegna", ExtractOptions.defaults().withPageTimeout(Duration.ZERO)),
        rassegna("rassegna (30 s page watchdog)", ExtractOptions.defaults()),
        boilerpipe(),
        readability4j());
  }

  /**
   * rassegna from the raw bytes, so its figure includes charset decoding. Without the page watchdog
   * it runs on the calling thread, like the other extractors; with it (the CLI default) each page
   * is handed to a worker thread, and that hand-off is what the second row adds.
   */
  static Contender rassegna(String name, ExtractOptions options) {
    Extraction extraction = new Extraction(options);
    return new Contender() {
      @Override
      public String name() {
        return name;
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
