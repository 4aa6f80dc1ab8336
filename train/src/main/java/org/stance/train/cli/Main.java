package org.stance.train.cli;

/** Entry point of the {@code stance} command (bin/stance). */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(StanceCommand.commandLine().execute(args));
  }
}
