package org.stance.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Exit codes of every stance command, listed in each command's {@code --help}. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int INPUT = 3;
  public static final int MODEL = 4;

  /** What each code means, in order, as {@code --help} lists them. */
  public static final Map<String, String> DESCRIPTIONS = descriptions();

  private static Map<String, String> descriptions() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(" " + OK, "success");
    map.put(" " + INTERNAL, "internal error (a bug: rerun with --verbose and report it)");
    map.put(" " + USAGE, "usage error: unknown option, missing or invalid argument");
    map.put(" " + INPUT, "input error: a data or article file is missing, unreadable or malformed");
    map.put(" " + MODEL, "model error: the model file is missing, corrupt, foreign or of a newer format");
    return map;
  }

  private ExitCodes() {}
}
