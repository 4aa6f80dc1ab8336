package org.stance.train.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stance.cli.CommonOptions;
import org.stance.cli.ExitCodes;
import org.stance.features.SentenceEncoder;
import org.stance.io.AtomicFiles;
import org.stance.io.InputException;
import org.stance.train.bench.Fnc1Benchmark;
import org.stance.train.training.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stance fnc1}: the FNC-1 benchmark, written to BENCHMARKS-FNC1.md. */
@Command(name = "fnc1", mixinStandardHelpOptions = true,
    description = {"FNC-1 benchmark: train a target-conditioned model on the FNC-1 train files (each body read"
        + " against its headline; the epoch is chosen on stories held out of them), score it on the competition"
        + " test files, and write the official score,"
        + " macro-F1 and per-class F1 beside the published systems as Markdown."})
public final class Fnc1Command implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--dir", defaultValue = "../shared/datasets/fnc-1", paramLabel = "DIR",
      description = "Directory with train_{stances,bodies}.csv and competition_test_{stances,bodies}.csv"
          + " (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--epochs", defaultValue = "5", paramLabel = "N",
      description = "Most passes over the training pairs; the epoch that scores best on stories held out of the"
          + " training files is kept (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", defaultValue = "BENCHMARKS-FNC1.md", paramLabel = "FILE",
      description = "Where to write the table (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw InputException.at(dir, 0, "no such directory (the FNC-1 data)");
    }
    TrainingOptions defaults = TrainingOptions.defaults();
    // No class weights: the FNC-1 score rewards the frequent labels; sentence embeddings of whole bodies
    // would cost far more than they could add to the overlap features
    TrainingOptions options = defaults.withSeed(seed).withEpochs(epochs)
        .withClassWeighting(TrainingOptions.NO_WEIGHTING)
        .withFeatures(defaults.features().withSentenceEncoder(SentenceEncoder.NONE));
    Fnc1Benchmark.Result result = Fnc1Benchmark.run(dir, options, line -> {
      spec.commandLine().getErr().println(line);
      spec.commandLine().getErr().flush();
    });
    String report = Fnc1Benchmark.markdown(result, "bin/stance fnc1 --epochs " + epochs + " --seed " + seed);
    AtomicFiles.writeString(out, report);
    spec.commandLine().getOut().print(report);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
