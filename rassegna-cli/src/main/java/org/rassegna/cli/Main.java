package org.rassegna.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import org.rassegna.cli.eval.EvalCommand;
import org.rassegna.cli.nlp.TrainCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code rassegna} command. Exit codes: 0 ok, 1 failures, 2 usage error. */
@Command(
    name = "rassegna",
    mixinStandardHelpOptions = true,
    version = "rassegna 0.1.0",
    description = "Turns raw news pages into clean, structured articles.",
    subcommands = {
      ExtractCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      SqlCommand.class,
      ExportCommand.class,
      StatsCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      KbCommand.class,
      AnnotateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          boolean verbose = parseResult.originalArgs().contains("--verbose");
          commandLine.getErr().println("rassegna: " + message(e));
          if (verbose) {
            e.printStackTrace(commandLine.getErr());
          } else {
            commandLine.getErr().println("(run with --verbose for details)");
          }
          return 1;
        });
    return cmd.execute(args);
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
