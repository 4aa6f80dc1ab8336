package org.stance.train.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stance.cli.CommonOptions;
import org.stance.cli.ExitCodes;
import org.stance.io.AtomicFiles;
import org.stance.io.InputException;
import org.stance.train.bench.Benchmark;
import org.stance.train.bench.BenchmarkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stance bench}: speed and memory of training and tagging, written to BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure training time, tagging throughput (default model and maxent on the same"
        + " input), cold-start time and peak memory, each in a fresh JVM, and write the table as Markdown."})
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--corpus", defaultValue = "../shared/corpus/fakes/articles.csv", paramLabel = "ARTICLES.csv",
      description = "Articles CSV (article_id,title,text,source,date) to tag (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--sentences", defaultValue = "100000", paramLabel = "N",
      description = "Repeat the corpus to at least N sentences (default: ${DEFAULT-VALUE}).")
  long sentences;

  @Option(names = "--train", defaultValue = "datasets/idlib/train", paramLabel = "DIR",
      description = "Labeled training data (default: ${DEFAULT-VALUE}).")
  Path train;

  @Option(names = "--dev", defaultValue = "datasets/idlib/dev", paramLabel = "DIR",
      description = "Labeled dev data (default: ${DEFAULT-VALUE}).")
  Path dev;

  @Option(names = "--article", defaultValue = "datasets/examples/moscow-summit.txt", paramLabel = "FILE",
      description = "One article for the cold-start run (default: ${DEFAULT-VALUE}).")
  Path article;

  @Option(names = "--epochs", paramLabel = "N",
      description = "Epochs of the neural recipe (default: its own); a quick smoke run uses 1.")
  Integer epochs;

  @Option(names = "--out", defaultValue = "BENCHMARKS.md", paramLabel = "FILE",
      description = "Where to write the table (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    for (Path input : List.of(corpus, train, dev, article)) {
      if (!Files.exists(input)) {
        throw InputException.at(input, 0, "no such file or directory");
      }
    }
    Path work = Files.createTempDirectory("stance-bench");
    Benchmark.Settings settings = new Benchmark.Settings(corpus, sentences, List.of(train), List.of(dev), article, work,
        epochs);
    List<Benchmark.Measure> measures = Benchmark.run(settings, line -> {
      spec.commandLine().getErr().println(line);
      spec.commandLine().getErr().flush();
    });
    String command = "bin/stance bench --sentences " + sentences + (epochs == null ? "" : " --epochs " + epochs);
    String report = BenchmarkReport.markdown(measures, settings, command);
    AtomicFiles.writeString(out, report);
    spec.commandLine().getOut().print(report);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
