package org.stance.train.cli;

import org.stance.Versions;
import org.stance.cli.ErrorHandler;
import org.stance.cli.ReportCommand;
import org.stance.cli.TagCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code stance} command: its subcommands do the work. */
@Command(name = "stance", mixinStandardHelpOptions = true,
    versionProvider = StanceCommand.Version.class,
    description = "Actor and stance tagging of news text: train models, evaluate them, tag articles, report.",
    subcommands = {TagCommand.class, ReportCommand.class, TrainCommand.class, EvaluateCommand.class,
        StatsCommand.class, BenchCommand.class, BenchStreamCommand.class, Fnc1Command.class,
        CommandLine.HelpCommand.class})
public final class StanceCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (tag, train, evaluate)");
  }

  public static CommandLine commandLine() {
    return ErrorHandler.configure(new CommandLine(new StanceCommand()));
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return Versions.all().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toArray(String[]::new);
    }
  }
}
