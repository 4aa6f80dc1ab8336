package org.stance.train.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.stance.cli.ExitCodes;
import org.stance.train.TestData;

/** The stance command line run in-process, as {@code bin/stance} runs it, with its output captured. */
final class Cli {
  record Run(int code, String out, String err) {}

  private static Path maxent;

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine commandLine = StanceCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A maxent model trained on the small training file, once per test JVM (a second or two). */
  static synchronized Path maxentModel() {
    if (maxent == null) {
      try {
        Path dir = Files.createTempDirectory("stance-test-model");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        Path model = dir.resolve("maxent.zip");
        Run run = run("train", "--data", TestData.smallTrainFile().toString(), "--model", model.toString(),
            "--algorithm", "maxent");
        if (run.code() != ExitCodes.OK) {
          throw new IllegalStateException("training the test model failed: " + run.err());
        }
        maxent = model;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return maxent;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }
}
