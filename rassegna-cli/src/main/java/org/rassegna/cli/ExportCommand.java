package org.rassegna.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rassegna.store.CorpusSql;
import org.rassegna.store.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna export}: a corpus table to JSON Lines, CSV or Parquet. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes a corpus table (articles, mentions, entities, quotes, events, outcomes, runs,"
            + " batches) to a file.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      converter = ExportFormats.class,
      description = "jsonl, csv or parquet (default: ${DEFAULT-VALUE}).")
  ExportFormat format;

  @Option(
      names = "--table",
      paramLabel = "T",
      defaultValue = "articles",
      description = "The table (default: ${DEFAULT-VALUE}).")
  String table;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      required = true,
      description = "The file to write.")
  Path output;

  @Override
  public Integer call() throws Exception {
    try (CorpusSql db = CorpusSql.open(data.dir)) {
      db.export(table, format, output);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("rassegna: " + e.getMessage());
      return 2;
    }
    spec.commandLine().getErr().println("wrote " + table + " to " + output);
    return 0;
  }

  /** Lower-case format names on the command line. */
  static final class ExportFormats implements picocli.CommandLine.ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      return ExportFormat.valueOf(value.toUpperCase(Locale.ROOT));
    }
  }
}
