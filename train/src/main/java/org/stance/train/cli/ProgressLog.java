package org.stance.train.cli;

import java.io.PrintWriter;
import org.stance.cli.Progress;
import org.stance.train.training.TrainingProgress;

/**
 * The training log of the command line: log lines on stderr and, while a model trains, a progress bar
 * ({@link Progress}: only on a terminal). The bar closes when its steps are done, or with the log.
 */
final class ProgressLog implements TrainingProgress, AutoCloseable {
  private final PrintWriter err;
  private Progress bar;
  private long remaining;

  ProgressLog(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void start(String task, long total, String unit) {
    close();
    bar = Progress.start(task, total, unit);
    remaining = total;
  }

  @Override
  public void step(long steps) {
    if (bar != null) {
      bar.step(steps);
      remaining -= steps;
      if (remaining <= 0) {
        close();
      }
    }
  }

  @Override
  public void accept(String line) {
    if (bar != null) {
      bar.clearLine();
    }
    err.println(line);
    err.flush();
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
