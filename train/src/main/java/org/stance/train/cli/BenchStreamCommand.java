package org.stance.train.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.stance.cli.CommonOptions;
import org.stance.cli.ExitCodes;
import org.stance.io.InputException;
import org.stance.model.ModelBundle;
import org.stance.train.bench.StreamBenchmark;
import org.stance.train.data.LabeledCsvReader;
import org.stance.train.training.ModelTraining;
import org.stance.train.training.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code stance bench-stream}: tag a JSONL far larger than the heap, and say how fast and in how much memory. */
@Command(name = "bench-stream", mixinStandardHelpOptions = true,
    description = {"Check that tagging streams: repeat a corpus into one JSONL file of --size bytes, tag it in a"
        + " fresh JVM with -Xmx of --heap, and print sentences/s, peak RSS and the rows written. Without --model,"
        + " a maxent model is trained from --train first."})
public final class BenchStreamCommand implements Callable<Integer> {
  private static final Pattern SIZE = Pattern.compile("(\\d+)([kmg]?)", Pattern.CASE_INSENSITIVE);

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--corpus", defaultValue = "../shared/corpus/fakes/articles.csv", paramLabel = "ARTICLES.csv",
      description = "Articles CSV (article_id,title,text,source,date) to repeat (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--size", defaultValue = "1g", paramLabel = "BYTES",
      description = "Size of the JSONL file, with an optional k, m or g (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(names = "--heap", defaultValue = "512m", paramLabel = "SIZE",
      description = "Heap of the tagging JVM, as -Xmx takes it (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = {"-m", "--model"}, paramLabel = "MODEL.zip",
      description = "Model to tag with (default: maxent, trained from --train).")
  Path model;

  @Option(names = "--train", defaultValue = "datasets/idlib/train", paramLabel = "DIR",
      description = "Labeled data for the maxent model when no --model is given (default: ${DEFAULT-VALUE}).")
  Path train;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "tag --threads (default: 1).")
  int threads;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Where the JSONL and the tables go (default: a new directory in the system's temporary"
          + " directory, deleted afterwards).")
  Path work;

  @Override
  public Integer call() throws Exception {
    long bytes = bytes(size);
    if (!SIZE.matcher(heap).matches()) {
      throw new ParameterException(spec.commandLine(), "--heap '" + heap + "' is not a size such as 512m");
    }
    if (!Files.isRegularFile(corpus)) {
      throw InputException.at(corpus, 0, "no such file");
    }
    PrintWriter err = spec.commandLine().getErr();
    Path dir = work != null ? work : Files.createTempDirectory("stance-bench-stream");
    try {
      Path tagModel = model != null ? model : trainMaxent(dir.resolve("maxent.zip"));
      StreamBenchmark.Result result = StreamBenchmark.run(new StreamBenchmark.Settings(corpus, bytes, heap, tagModel,
          threads, dir), line -> {
            err.println(line);
            err.flush();
          });
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "tag with -Xmx%s, %d thread(s), %s: %s%n", heap, threads,
          model != null ? model : "maxent", result.summary());
      out.flush();
      return result.sentenceRows() == result.sentences() ? ExitCodes.OK : ExitCodes.INTERNAL;
    } finally {
      if (work == null) {
        delete(dir);
      }
    }
  }

  private Path trainMaxent(Path file) throws IOException {
    ModelTraining.Result trained = ModelTraining.run(LabeledCsvReader.read(train), null,
        TrainingOptions.defaults().withAlgorithm("maxent"), line -> { });
    ModelBundle.save(trained.model(), trained.provenance(), file);
    return file;
  }

  private long bytes(String text) {
    Matcher matcher = SIZE.matcher(text);
    if (!matcher.matches()) {
      throw new ParameterException(spec.commandLine(), "--size '" + text + "' is not a size such as 1g or 300m");
    }
    int shift = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      default -> 0;
    };
    return Long.parseLong(matcher.group(1)) << shift;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
