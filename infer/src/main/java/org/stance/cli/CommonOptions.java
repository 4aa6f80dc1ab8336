package org.stance.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
public final class CommonOptions {
  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;
}
