package org.rassegna.cli.eval;

import picocli.CommandLine.Command;

/** {@code rassegna eval}: benchmark scores that print figures. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores rassegna against benchmark ground truth and prints the figures.",
    subcommands = {
      EvalExtractionCommand.class,
      EvalDatesCommand.class,
      EvalNerCommand.class,
      EvalLinkingCommand.class,
      EvalQuotesCommand.class,
      EvalEventsCommand.class
    })
public final class EvalCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "name what to evaluate: extraction, dates, ner, linking, quotes or events");
  }
}
