package org.stance.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.stance.model.ModelFormatException;
import org.stance.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions from a command into one line on stderr and an exit code: user mistakes (bad input,
 * bad model) never show a stack trace unless {@code --verbose} is given.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    int code;
    String message;
    if (ex instanceof CommandLine.ParameterException) {
      code = ExitCodes.USAGE;
      message = ex.getMessage() + " (see --help)";
    } else if (ex instanceof InputException) {
      code = ExitCodes.INPUT;
      message = ex.getMessage();
    } else if (ex instanceof ModelFormatException) {
      code = ExitCodes.MODEL;
      message = ex.getMessage();
    } else if (ex instanceof UncheckedIOException || ex instanceof java.io.IOException) {
      code = ExitCodes.INPUT;
      message = ex.getMessage();
    } else {
      code = ExitCodes.INTERNAL;
      message = "internal error: " + ex + " (rerun with --verbose for the stack trace)";
    }
    err.println(commandLine.getCommandName() + ": " + message);
    if (verbose(parseResult)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** A command line with stance's error handling and exit codes, ready to execute. */
  public static CommandLine configure(CommandLine commandLine) {
    listExitCodes(commandLine);
    return commandLine.setExecutionExceptionHandler(new ErrorHandler())
        .setParameterExceptionHandler(ErrorHandler::usageError);
  }

  /**
   * A usage error, found while parsing or thrown by a command that checks its options: one line, as for
   * every other error, instead of picocli's full usage text ({@code --help} shows that).
   */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    PrintWriter err = ex.getCommandLine().getErr();
    err.println(ex.getCommandLine().getCommandName() + ": " + ex.getMessage() + " (see --help)");
    if (Arrays.asList(args).contains("--verbose")) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  private static void listExitCodes(CommandLine commandLine) {
    commandLine.getCommandSpec().usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.DESCRIPTIONS);
    commandLine.getSubcommands().values().forEach(ErrorHandler::listExitCodes);
  }
}
