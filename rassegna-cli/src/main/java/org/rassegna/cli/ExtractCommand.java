package org.rassegna.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rassegna.extract.Extraction;
import org.rassegna.extract.OutcomeTally;
import org.rassegna.model.Outcome;
import org.rassegna.model.SourceItem;
import org.rassegna.source.PageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rassegna extract}: pages in, clean articles out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts clean articles from HTML pages, text dumps, WARC/WET files and JSON Lines.",
      "Folders are read recursively; .gz files are decompressed; '-' reads standard input.",
      "Exit code: 0 when every record succeeded or was skipped, 1 when some failed, 2 on usage"
          + " errors."
    })
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or '-'.")
  List<String> paths;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write articles here instead of standard output.")
  Path output;

  @Mixin InputOptions input;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    OutcomeTally tally = new OutcomeTally();
    Extraction extraction = new Extraction(input.extractOptions());
    Set<String> repeated = input.repeatedLines(paths);
    Writer sink =
        output == null
            ? spec.commandLine().getOut()
            // Replaces what UTF-8 cannot encode instead of failing the whole run at close.
            : new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8));
    boolean failedStrict = false;
    try (ArticleWriter writer = new ArticleWriter(sink, format, input.comments);
        FailedOut failures = input.failedOut();
        PageSource source = input.open(paths);
        Progress progress = Progress.start(input.countFiles(paths), "extract");
        OrderedPipeline<SourceItem, Outcome> pipeline =
            new OrderedPipeline<>(
                input.threads(),
                "rassegna-extract",
                item -> extraction.apply(item, repeated),
                outcome -> {
                  tally.add(outcome);
                  progress.step(outcome.source().path(), tally);
                  if (outcome instanceof Outcome.Extracted e) {
                    writer.write(e.article());
                  } else {
                    input.report(err, outcome);
                    failures.accept(outcome);
                  }
                  return !(input.strict && outcome instanceof Outcome.Failed);
                })) {
      for (SourceItem item : source) {
        if (!pipeline.submit(item)) {
          break;
        }
      }
      pipeline.finish();
    } finally {
      if (output != null) {
        sink.close();
      }
    }
    err.println(tally.summary());
    if (input.strict && tally.failed() > 0) {
      err.println("stopped at the first failure (--strict)");
      failedStrict = true;
    }
    return tally.failed() > 0 || failedStrict ? 1 : 0;
  }
}
