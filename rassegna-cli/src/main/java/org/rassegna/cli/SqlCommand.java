package org.rassegna.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.rassegna.store.CorpusSql;
import org.rassegna.store.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rassegna sql}: one SQL statement over the corpus database, read-only. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one SQL statement (DuckDB dialect) over the corpus tables: articles, outcomes, runs,"
          + " batches. The database is opened read-only, and not while an ingest runs.",
      "Exit code: 0 ok, 1 when the statement fails, 2 on usage errors."
    })
final class SqlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SQL",
      description = "The statement, e.g. \"SELECT count(*) FROM articles\".")
  String sql;

  @Mixin DataOption data;

  @Option(
      names = "--max-rows",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Rows to print at most (default: ${DEFAULT-VALUE}); export for more.")
  int maxRows;

  @Override
  public Integer call() throws Exception {
    try (CorpusSql db = CorpusSql.open(data.dir)) {
      ResultTable t = db.query(sql, Math.max(1, maxRows));
      TablePrinter.print(spec.commandLine().getOut(), t);
      return 0;
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
      spec.commandLine().getErr().println("rassegna: sql: " + m);
      return 1;
    }
  }
}
