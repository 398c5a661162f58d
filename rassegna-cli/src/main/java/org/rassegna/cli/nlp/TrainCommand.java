package org.rassegna.cli.nlp;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rassegna train}: retrains the project's statistical models. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Retrains the project's statistical models from open data sets.",
    subcommands = {TrainNerCommand.class, TrainEventsCommand.class})
public final class TrainCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name what to train: ner, events");
  }
}
