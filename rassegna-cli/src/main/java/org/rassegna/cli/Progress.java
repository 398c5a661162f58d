package org.rassegna.cli;

import java.io.PrintStream;
import java.util.Objects;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rassegna.extract.OutcomeTally;

/**
 * A progress bar on stderr over files, shown when a run has more than a few files and stderr is a
 * terminal (the launcher sets {@code rassegna.stderr.tty}), so logs and tests stay clean.
 */
final class Progress implements AutoCloseable {
  private static final int MIN_FILES = 5;

  private final ProgressBar bar;
  private String lastPath;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  static Progress start(long files, String task) {
    if (files <= MIN_FILES || !Boolean.getBoolean("rassegna.stderr.tty")) {
      return new Progress(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(files)
            .setUnit(" files", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
            .build();
    return new Progress(bar);
  }

  /** Records one outcome; the bar advances when the outcome comes from a new file. */
  void step(String path, OutcomeTally tally) {
    if (bar == null) {
      return;
    }
    if (!Objects.equals(path, lastPath)) {
      if (lastPath != null) {
        bar.step();
      }
      lastPath = path;
    }
    bar.setExtraMessage(tally.extracted() + " ok, " + tally.failed() + " failed");
  }

  @Override
  public void close() {
    if (bar != null) {
      if (lastPath != null) {
        bar.step();
      }
      bar.close();
    }
  }
}
