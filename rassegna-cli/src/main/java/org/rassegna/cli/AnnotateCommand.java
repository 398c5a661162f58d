package org.rassegna.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rassegna.extract.Extraction;
import org.rassegna.extract.OutcomeTally;
import org.rassegna.model.Outcome;
import org.rassegna.model.SourceItem;
import org.rassegna.nlp.AnnotatedArticle;
import org.rassegna.nlp.AnnotatedArticleJson;
import org.rassegna.nlp.Annotator;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.lang.LanguageIdentifier;
import org.rassegna.nlp.ner.ModelNerTagger;
import org.rassegna.source.PageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rassegna annotate}: extract, then language, sentences and linked entities. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts articles like 'extract' and adds language_confidence, sentences and entities",
      "linked to the knowledge base (see docs/schema.md).",
      "Exit code: 0 when every record succeeded or was skipped, 1 when some failed, 2 on usage"
          + " errors."
    })
final class AnnotateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or '-'.")
  List<String> paths;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "Output format: jsonl or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write articles here instead of standard output.")
  Path output;

  @Option(
      names = "--languages",
      split = ",",
      paramLabel = "CODES",
      description =
          "ISO 639-1 codes the language identifier chooses among (default: ${DEFAULT-VALUE}).",
      defaultValue = "it,en,es,fr,de,pt,ru,nl,pl")
  List<String> languages;

  @Mixin InputOptions input;

  /** Annotated article or the outcome that kept it from being one. */
  private record Result(Outcome outcome, Optional<AnnotatedArticle> annotated) {}

  @Override
  public Integer call() throws Exception {
    if (format != OutputFormat.jsonl && format != OutputFormat.json) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "annotate writes jsonl or json, not " + format);
    }
    PrintWriter err = spec.commandLine().getErr();
    OutcomeTally tally = new OutcomeTally();
    Extraction extraction = new Extraction(input.extractOptions());
    Annotator annotator =
        new Annotator(
            LanguageIdentifier.of(languages),
            KnowledgeBase.shipped(),
            ModelNerTagger.fromClasspath());
    Set<String> repeated = input.repeatedLines(paths);
    Writer sink =
        output == null
            ? spec.commandLine().getOut()
            : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    int[] written = {0};
    try (PageSource source = input.open(paths);
        Progress progress = Progress.start(input.countFiles(paths), "annotate");
        OrderedPipeline<SourceItem, Result> pipeline =
            new OrderedPipeline<>(
                input.threads(),
                "rassegna-annotate",
                item -> process(extraction, annotator, item, repeated),
                r -> {
                  tally.add(r.outcome());
                  progress.step(r.outcome().source().path(), tally);
                  if (r.annotated().isPresent()) {
                    write(sink, r.annotated().get(), written[0]++);
                  } else {
                    input.report(err, r.outcome());
                  }
                  return !(input.strict && r.outcome() instanceof Outcome.Failed);
                })) {
      for (SourceItem item : source) {
        if (!pipeline.submit(item)) {
          break;
        }
      }
      pipeline.finish();
      if (format == OutputFormat.json) {
        sink.write(written[0] == 0 ? "[]\n" : "\n]\n");
      }
      sink.flush();
    } finally {
      if (output != null) {
        sink.close();
      }
    }
    err.println(tally.summary());
    return tally.failed() > 0 ? 1 : 0;
  }

  private static Result process(
      Extraction extraction, Annotator annotator, SourceItem item, Set<String> repeated) {
    Outcome outcome = extraction.apply(item, repeated);
    if (outcome instanceof Outcome.Extracted e) {
      return new Result(outcome, Optional.of(annotator.annotate(e.article())));
    }
    return new Result(outcome, Optional.empty());
  }

  private void write(Writer sink, AnnotatedArticle a, int index) throws IOException {
    if (format == OutputFormat.jsonl) {
      sink.write(AnnotatedArticleJson.toLine(a, input.comments) + "\n");
    } else {
      sink.write(index == 0 ? "[\n" : ",\n");
      sink.write(AnnotatedArticleJson.toPrettyString(a, input.comments));
    }
  }
}
