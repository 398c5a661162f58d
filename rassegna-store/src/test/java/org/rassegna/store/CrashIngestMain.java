package org.rassegna.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.rassegna.extract.Extraction;
import org.rassegna.model.SourceItem;
import org.rassegna.nlp.Annotator;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.lang.LanguageIdentifier;
import org.rassegna.source.PageSource;
import org.rassegna.source.SourceOptions;
import org.rassegna.source.Sources;

/**
 * The child process of {@link CrashRecoveryTest}: ingests and enriches a folder of pages into a
 * corpus, printing one line per record added so that the parent can kill it at a chosen point.
 */
public final class CrashIngestMain {
  private CrashIngestMain() {}

  /** Arguments: corpus folder, input folder, batch size. */
  public static void main(String[] args) throws Exception {
    Extraction extraction = Extraction.withDefaults();
    // Knowledge-base matching alone: the mentions take part in the batches without the start-up
    // of the NER models in every child.
    Annotator annotator =
        new Annotator(
            LanguageIdentifier.of(List.of("it", "en")),
            KnowledgeBase.shipped(),
            (text, sentences, language) -> List.of());
    try (Corpus corpus = Corpus.open(Path.of(args[0]), Integer.parseInt(args[2]));
        PageSource source = Sources.open(List.of(Path.of(args[1])), SourceOptions.defaults())) {
      long n = 0;
      for (SourceItem item : source) {
        corpus.add(CorpusEntry.enrich(extraction.apply(item, Set.of()), annotator));
        System.out.println("added " + ++n);
        System.out.flush();
      }
    }
    System.out.println("done");
  }
}
