package org.rassegna.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.rassegna.extract.Extraction;
import org.rassegna.extract.OutcomeTally;
import org.rassegna.model.Outcome;
import org.rassegna.model.SourceItem;
import org.rassegna.nlp.Annotator;
import org.rassegna.source.PageSource;
import org.rassegna.store.Corpus;
import org.rassegna.store.CorpusEntry;
import org.rassegna.store.IngestCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rassegna ingest}: pages in, articles into the corpus. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts articles from pages, enriches them (language, sentences, entities linked to the"
          + " knowledge base) and adds them to the corpus (a Lucene index and a DuckDB database in"
          + " one folder).",
      "An article whose enrichment fails is stored without entities, reported and counted as"
          + " 'enrichment failed'; it does not change the exit code.",
      "Running it again on the same input adds nothing; a changed page replaces its old version;"
          + " an interrupted run is completed by running it again.",
      "Exit code: 0 when every record succeeded or was skipped, 1 when some failed, 2 on usage"
          + " errors."
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or '-'.")
  List<String> paths;

  @Mixin DataOption data;

  @Mixin InputOptions input;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "" + Corpus.DEFAULT_BATCH_SIZE,
      description = "Records per commit (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--no-enrich",
      description =
          "Store articles without enrichment: no entities, language as the page declares it.")
  boolean noEnrich;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    OutcomeTally tally = new OutcomeTally();
    Extraction extraction = new Extraction(input.extractOptions());
    Set<String> repeated = input.repeatedLines(paths);
    Function<Outcome, CorpusEntry> enrichment = enrichment();
    IngestCounts counts;
    long total;
    try (Corpus corpus = Corpus.open(data.dir, batchSize)) {
      if (corpus.reindexedOnOpen() > 0) {
        err.println(
            "recovered: indexed "
                + corpus.reindexedOnOpen()
                + " articles the last run stored but had not indexed");
      }
      try (FailedOut failures = input.failedOut();
          PageSource source = input.open(paths);
          Progress progress = Progress.start(input.countFiles(paths), "ingest");
          OrderedPipeline<SourceItem, CorpusEntry> pipeline =
              new OrderedPipeline<>(
                  input.threads(),
                  "rassegna-ingest",
                  item -> enrichment.apply(extraction.apply(item, repeated)),
                  entry -> {
                    Outcome outcome = entry.outcome();
                    tally.add(outcome);
                    progress.step(outcome.source().path(), tally);
                    input.report(err, outcome);
                    entry
                        .enrichmentFailure()
                        .ifPresent(m -> err.println(outcome.source().describe() + ": " + m));
                    failures.accept(outcome);
                    corpus.add(entry);
                    return !(input.strict && outcome instanceof Outcome.Failed);
                  })) {
        for (SourceItem item : source) {
          if (!pipeline.submit(item)) {
            break;
          }
        }
        pipeline.finish();
      }
      corpus.commit();
      counts = corpus.counts();
      total = corpus.articleCount();
    }
    err.println(tally.summary());
    err.println(counts.summary() + "; corpus " + data.dir + " holds " + total + " articles");
    if (input.strict && tally.failed() > 0) {
      err.println("stopped at the first failure (--strict)");
    }
    return tally.failed() > 0 ? 1 : 0;
  }

  /** What the worker threads do after extraction; the annotator loads its models once, here. */
  private Function<Outcome, CorpusEntry> enrichment() {
    if (noEnrich) {
      return CorpusEntry::plain;
    }
    Annotator annotator = Annotator.defaults();
    return outcome -> CorpusEntry.enrich(outcome, annotator);
  }
}
