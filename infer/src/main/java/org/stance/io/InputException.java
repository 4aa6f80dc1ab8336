package org.stance.io;

import java.nio.file.Path;

/**
 * A problem with user input that the user can fix: the message names the file and, where known, the line.
 * The command line prints it as one line without a stack trace.
 */
public class InputException extends RuntimeException {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }

  public static InputException at(Path file, long line, String problem) {
    return new InputException(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
  }
}
