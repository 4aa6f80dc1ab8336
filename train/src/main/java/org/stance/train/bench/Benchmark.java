package org.stance.train.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Measures what a user of the command line experiences, each run in a fresh JVM with the launcher's heap
 * (-Xmx1g): training time of the default model's recipe, tagging throughput end to end (reading,
 * splitting, features, model, tables; JVM start included) for the default model, the same network without
 * its sentence encoder, and the maxent baseline on the same input, and the wall time of tagging one
 * article from a cold JVM.
 */
public final class Benchmark {
  static final List<String> JVM = List.of("-Xmx1g");

  /**
   * @param corpus articles CSV (article_id,title,text,source,date)
   * @param sentences tag at least this many sentences (the corpus is repeated)
   * @param train labeled data the models are trained on
   * @param dev held-out labeled data for the default recipe's epoch selection
   * @param article one article file for the cold-start measurement
   * @param epochs epochs of the neural recipe, or null for its default (a smoke run uses 1)
   */
  public record Settings(Path corpus, long sentences, List<Path> train, List<Path> dev, Path article, Path work,
      Integer epochs) {}

  /** One measured run. {@code sentences} is 0 where throughput does not apply. */
  public record Measure(String task, String model, double seconds, long sentences, long peakRssBytes) {
    public double sentencesPerSecond() {
      return sentences / seconds;
    }
  }

  private Benchmark() {}

  public static List<Measure> run(Settings settings, Consumer<String> log) throws IOException, InterruptedException {
    Files.createDirectories(settings.work());
    BenchCorpus.Written corpus = BenchCorpus.write(settings.corpus(), settings.sentences(),
        settings.work().resolve("corpus.jsonl"));
    log.accept(String.format(Locale.ROOT, "corpus: %d articles, %d sentences", corpus.articles(), corpus.sentences()));
    List<Measure> measures = new ArrayList<>();
    Path neural = settings.work().resolve("neural.zip");
    Path fast = settings.work().resolve("fast.zip");
    Path maxent = settings.work().resolve("maxent.zip");
    List<String> fastOptions = new ArrayList<>(option("--dev", settings.dev()));
    fastOptions.addAll(List.of("--sentence-encoder", "none"));
    measures.add(train("neural (default recipe)", settings, neural, option("--dev", settings.dev()), log));
    measures.add(train("neural without sentence encoder", settings, fast, fastOptions, log));
    measures.add(train("maxent", settings, maxent, List.of("--algorithm", "maxent"), log));
    Path out = settings.work().resolve("tables");
    measures.add(tag("tag corpus", "default model", List.of(corpus.file().toString()), List.of(), out, corpus.sentences(), log));
    measures.add(tag("tag corpus", "neural without sentence encoder", List.of(corpus.file().toString()),
        List.of("--model", fast.toString()), out, corpus.sentences(), log));
    measures.add(tag("tag corpus", "maxent", List.of(corpus.file().toString()), List.of("--model", maxent.toString()),
        out, corpus.sentences(), log));
    measures.add(tag("tag one article, cold JVM", "default model", List.of(settings.article().toString()), List.of(),
        out, 0, log));
    measures.add(tag("tag one article, cold JVM", "maxent", List.of(settings.article().toString()),
        List.of("--model", maxent.toString()), out, 0, log));
    return measures;
  }

  private static Measure train(String name, Settings settings, Path model, List<String> extra, Consumer<String> log)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("train", "--model", model.toString()));
    args.addAll(option("--data", settings.train()));
    args.addAll(extra);
    if (settings.epochs() != null) {
      args.addAll(List.of("--epochs", settings.epochs().toString()));
    }
    return measured("train", name, args, 0, log);
  }

  private static Measure tag(String task, String name, List<String> inputs, List<String> model, Path out,
      long sentences, Consumer<String> log) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("tag", "--out", out.toString()));
    args.addAll(model);
    args.addAll(inputs);
    return measured(task, name, args, sentences, log);
  }

  private static Measure measured(String task, String model, List<String> args, long sentences,
      Consumer<String> log) throws IOException, InterruptedException {
    ChildRun.Result result = ChildRun.run(JVM, args);
    if (result.exitCode() != 0) {
      throw new IllegalStateException(task + " (" + model + ") failed with exit code " + result.exitCode()
          + ":\n" + result.output());
    }
    Measure measure = new Measure(task, model, result.seconds(), sentences, result.peakRssBytes());
    log.accept(String.format(Locale.ROOT, "%s, %s: %.2f s, peak RSS %d MB", task, model, result.seconds(),
        result.peakRssBytes() >> 20));
    return measure;
  }

  private static List<String> option(String name, List<Path> paths) {
    List<String> args = new ArrayList<>(List.of(name));
    paths.forEach(path -> args.add(path.toString()));
    return args;
  }
}
