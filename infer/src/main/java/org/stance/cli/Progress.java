package org.stance.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work on stderr (me.tongfei:progressbar), shown only when stderr is a terminal, so
 * logs, pipes and tests stay clean.
 */
public final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /**
   * @param total expected steps, or -1 when unknown (then the bar counts and shows the rate)
   */
  public static Progress start(String task, long total, String unit) {
    if (System.console() == null) {
      return new Progress(null);
    }
    // One line redrawn after a carriage return (not progressbar's cursor-moving console), so that log lines
    // can be printed in its place: see clearLine().
    return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setStyle(ProgressBarStyle.ASCII)
        .setUnit(" " + unit, 1).showSpeed().continuousUpdate().build());
  }

  public void step(long n) {
    if (bar != null) {
      bar.stepBy(n);
    }
  }

  /**
   * Clears the bar's line so that a log line can take its place; the bar redraws on the next line. Does
   * nothing when no bar is shown.
   */
  public void clearLine() {
    if (bar != null) {
      System.err.print("\r\033[2K");
      System.err.flush();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
