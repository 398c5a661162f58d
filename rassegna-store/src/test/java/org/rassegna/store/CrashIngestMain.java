package org.rassegna.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.rassegna.extract.Extraction;
import org.rassegna.model.SourceItem;
import org.rassegna.source.PageSource;
import org.rassegna.source.SourceOptions;
import org.rassegna.source.Sources;

/**
 * The child process of {@link CrashRecoveryTest}: ingests a folder of pages into a corpus, printing
 * one line per record added so that the parent can kill it at a chosen point.
 */
public final class CrashIngestMain {
  private CrashIngestMain() {}

  /** Arguments: corpus folder, input folder, batch size. */
  public static void main(String[] args) throws Exception {
    Extraction extraction = Extraction.withDefaults();
    try (Corpus corpus = Corpus.open(Path.of(args[0]), Integer.parseInt(args[2]));
        PageSource source = Sources.open(List.of(Path.of(args[1])), SourceOptions.defaults())) {
      long n = 0;
      for (SourceItem item : source) {
        corpus.add(extraction.apply(item, Set.of()));
        System.out.println("added " + ++n);
        System.out.flush();
      }
    }
    System.out.println("done");
  }
}
