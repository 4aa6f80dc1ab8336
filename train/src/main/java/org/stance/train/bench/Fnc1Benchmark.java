package org.stance.train.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.stance.train.data.LabeledCsvReader;
import org.stance.train.data.LabeledDataset;
import org.stance.train.eval.Evaluation;
import org.stance.train.eval.Evaluator;
import org.stance.train.eval.Fnc1Score;
import org.stance.train.eval.TaskEvaluation;
import org.stance.train.training.ModelTraining;
import org.stance.train.training.TrainingOptions;

/**
 * The Fake News Challenge (FNC-1) benchmark: a model trained by the same code as {@code stance train} on
 * the train files, scored once on the competition test files. The test set is never used for choosing
 * anything: the epoch is chosen on stories held out of the train files ({@link Fnc1StorySplit}).
 */
public final class Fnc1Benchmark {
  static final String TRAIN = "train_stances.csv";
  static final String TEST = "competition_test_stances.csv";
  /** Published on the same test set: the challenge's final leaderboard. */
  private static final String[][] PUBLISHED = {
      {"SOLAT in the SWEN (1st)", "82.02"}, {"Athene (2nd)", "81.97"},
      {"UCLMR (3rd): term frequencies + TF-IDF cosine, one hidden layer", "81.72"},
      {"always unrelated", "39.37"}};

  private Fnc1Benchmark() {}

  /** The share of the training files' related pairs whose stories are held out for choosing the epoch. */
  static final double DEV_SHARE = 0.2;

  public record Result(Evaluation test, double trainingSeconds, Fnc1StorySplit split, TrainingOptions options) {
    public TaskEvaluation stance() {
      return test.task("stance");
    }

    public Fnc1Score score() {
      return Fnc1Score.of(stance()).orElseThrow();
    }
  }

  public static Result run(Path dir, TrainingOptions options, Consumer<String> log) {
    LabeledDataset pairs = LabeledCsvReader.read(dir.resolve(TRAIN));
    LabeledDataset test = LabeledCsvReader.read(dir.resolve(TEST));
    Fnc1StorySplit split = Fnc1StorySplit.of(pairs, DEV_SHARE, options.seed());
    log.accept(String.format(Locale.ROOT, "FNC-1: %d training pairs (%d to train, %d of held-out stories to choose"
        + " the epoch, %d across the two left out), %d test pairs", pairs.sentenceCount(),
        split.train().sentenceCount(), split.dev().sentenceCount(), split.leftOut(), test.sentenceCount()));
    ModelTraining.Result trained = ModelTraining.run(split.train(), split.dev(), options, log);
    Evaluation evaluation = Evaluator.evaluate(trained.model(), test);
    return new Result(evaluation, trained.seconds(), split, options);
  }

  public static String markdown(Result result, String command) {
    StringBuilder out = new StringBuilder();
    out.append("# FNC-1 benchmark\n\n");
    out.append("Written by `").append(command).append("`; do not edit by hand.\n\n");
    Fnc1StorySplit split = result.split();
    out.append(String.format(Locale.ROOT, "Trained by `stance train`'s code on %d pairs of `%s` (%s, seed %d, at"
        + " most %d epochs) in %.0f s, keeping the epoch that scored best on %d pairs of other stories held out of"
        + " the same file (%d pairs joining a held-out story to a kept one are left out); scored once on the %d"
        + " pairs of `%s`, which chooses nothing. Each body is read against its headline (the headline is the"
        + " target).%n%n",
        split.train().sentenceCount(), TRAIN, result.options().algorithm(), result.options().seed(),
        result.options().epochs(), result.trainingSeconds(), split.dev().sentenceCount(), split.leftOut(),
        result.stance().total(), TEST));
    out.append("| system | FNC-1 score (% of max) | macro-F1 |");
    Fnc1Score.LABELS.forEach(label -> out.append(' ').append(label).append(" F1 |"));
    out.append("\n|---|---:|---:|").append("---:|".repeat(Fnc1Score.LABELS.size())).append('\n');
    TaskEvaluation stance = result.stance();
    out.append(String.format(Locale.ROOT, "| **stance (this run)** | **%.2f** | %.3f |", result.score().percent(),
        stance.macroF1()));
    Fnc1Score.LABELS.forEach(label -> out.append(String.format(Locale.ROOT, " %.3f |",
        stance.labels().contains(label) ? stance.scores(label).f1() : 0.0)));
    out.append('\n');
    for (String[] system : PUBLISHED) {
      out.append("| ").append(system[0]).append(" | ").append(system[1]).append(" | |")
          .append(" |".repeat(Fnc1Score.LABELS.size())).append('\n');
    }
    out.append(String.format(Locale.ROOT, "%nScore: %.2f of %.2f. The score gives 0.25 per pair for telling"
        + " related from unrelated and 0.75 more for the exact related label.%n%n", result.score().score(),
        result.score().max()));
    out.append("```\n").append(result.test()).append("```\n");
    return out.toString();
  }
}
