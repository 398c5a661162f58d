package org.rassegna.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rassegna.store.CorpusSql;
import org.rassegna.store.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rassegna stats}: what the corpus holds and what ingest could not use. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Articles by site, language and month; the entities mentioned in the most articles; skipped"
            + " and failed records by reason; recent runs.")
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (CorpusSql db = CorpusSql.open(data.dir)) {
      boolean first = true;
      for (Map.Entry<String, ResultTable> e : db.stats().entrySet()) {
        if (!first) {
          out.println();
        }
        first = false;
        out.println("## " + e.getKey());
        TablePrinter.print(out, e.getValue());
      }
    }
    return 0;
  }
}
