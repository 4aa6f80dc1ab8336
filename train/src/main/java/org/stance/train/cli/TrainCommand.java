package org.stance.train.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stance.cli.CommonOptions;
import org.stance.cli.ExitCodes;
import org.stance.features.SentenceEncoder;
import org.stance.model.ModelBundle;
import org.stance.train.data.LabeledCsvReader;
import org.stance.train.data.LabeledDataset;
import org.stance.train.eval.CrossValidation;
import org.stance.train.training.ModelTraining;
import org.stance.train.training.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code stance train}: trains a model bundle, or cross-validates with {@code --folds}. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train a model from labeled CSV: every column after 'text' (other than 'target') is a"
        + " label column the model learns to predict. With --folds K, cross-validate by article instead"
        + " and report each figure as mean ± standard deviation over the folds."})
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Mixin DataOption data;

  @Option(names = "--dev", arity = "1..*", paramLabel = "FILE.csv",
      description = "Held-out labeled data: the best epoch on it is kept, and its figures are printed.")
  List<Path> dev;

  @Option(names = {"-m", "--model"}, paramLabel = "OUT.zip", description = "Where to write the model bundle.")
  Path model;

  @Option(names = "--algorithm", defaultValue = "neural", paramLabel = "NAME",
      description = "neural (DL4J network, default) or maxent (OpenNLP maximum entropy baseline).")
  String algorithm;

  @Option(names = "--sentence-encoder", paramLabel = "NAME",
      description = "Sentence embeddings the neural network reads beside its hashed features:"
          + " all-minilm-l6-v2-q (default; best on real news) or none (about 30 times faster tagging; see BENCHMARKS.md).")
  String sentenceEncoder;

  @Option(names = "--class-weights", defaultValue = "sqrt", paramLabel = "NAME",
      description = "How the neural loss weighs labels: sqrt (square root of inverse frequency, default; best"
          + " for macro-F1) or none (best for accuracy).")
  String classWeights;

  @Option(names = "--batch-size", paramLabel = "N",
      description = "Examples per gradient step (neural; default 64). Larger batches train long texts faster.")
  Integer batchSize;

  @Option(names = "--dropout", paramLabel = "P",
      description = "Probability of dropping each input of the hidden layer while training (neural; default"
          + " 0.3). More dropout reads real news a little better but needs more epochs: see"
          + " docs/model-experiments.md.")
  Double dropout;

  @Option(names = "--learning-rate", paramLabel = "R",
      description = "Adam's step size (neural; default 0.005). With --dropout 0.7, 0.01 reaches its best"
          + " epoch sooner: see docs/model-experiments.md.")
  Double learningRate;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--epochs", paramLabel = "N", description = "Passes over the data (neural; default 12).")
  Integer epochs;

  @Option(names = "--folds", paramLabel = "K", description = "Cross-validate by article over K folds.")
  Integer folds;

  @Option(names = "--json", paramLabel = "OUT.json",
      description = "Write the dev (or cross-validation) figures as JSON.")
  Path json;

  @Override
  public Integer call() throws Exception {
    if (folds == null && model == null) {
      throw new ParameterException(spec.commandLine(), "--model OUT.zip is required (or --folds K)");
    }
    if (!List.of("neural", "maxent").contains(algorithm)) {
      throw new ParameterException(spec.commandLine(), "unknown --algorithm '" + algorithm
          + "' (known: neural, maxent)");
    }
    if (!List.of(TrainingOptions.SQRT_INVERSE_FREQUENCY, TrainingOptions.NO_WEIGHTING).contains(classWeights)) {
      throw new ParameterException(spec.commandLine(), "unknown --class-weights '" + classWeights
          + "' (known: sqrt, none)");
    }
    TrainingOptions options = TrainingOptions.defaults().withAlgorithm(algorithm).withSeed(seed)
        .withClassWeighting(classWeights);
    if ((batchSize != null && batchSize < 1) || (epochs != null && epochs < 1)) {
      throw new ParameterException(spec.commandLine(), "--epochs and --batch-size must be at least 1");
    }
    if (batchSize != null) {
      options = options.withBatchSize(batchSize);
    }
    try { // TrainingOptions holds the one range check of each
      if (dropout != null) {
        options = options.withDropout(dropout);
      }
      if (learningRate != null) {
        options = options.withLearningRate(learningRate);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
    }
    if (epochs != null) {
      options = options.withEpochs(epochs);
    }
    if (sentenceEncoder != null) {
      if (!List.of(SentenceEncoder.NONE, SentenceEncoder.MINILM).contains(sentenceEncoder)) {
        throw new ParameterException(spec.commandLine(), "unknown --sentence-encoder '" + sentenceEncoder
            + "' (known: " + SentenceEncoder.MINILM + ", " + SentenceEncoder.NONE + ")");
      }
      options = options.withFeatures(options.features().withSentenceEncoder(sentenceEncoder));
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    LabeledDataset train = data.read();
    err.printf("Training data: %d articles, %d sentences, label columns %s%n",
        train.articles().size(), train.sentenceCount(), train.labelColumns());
    err.flush();
    ProgressLog log = new ProgressLog(err); // epoch lines, and a progress bar on a terminal while a model trains
    if (folds != null) {
      CrossValidation.Result result = CrossValidation.run(train, folds, options, log);
      out.print(result);
      out.flush();
      if (json != null) {
        JsonOutput.write(json, result.toJson());
      }
      return ExitCodes.OK;
    }
    LabeledDataset devData = dev == null ? null : LabeledCsvReader.read(dev);
    ModelTraining.Result result = ModelTraining.run(train, devData, options, log);
    ModelBundle.save(result.model(), result.provenance(), model);
    if (result.dev() != null) {
      out.println("Dev data: " + devData.articles().size() + " articles, " + devData.sentenceCount() + " sentences");
      out.print(result.dev());
      if (json != null) {
        JsonOutput.write(json, result.dev().toJson());
      }
    }
    out.printf(Locale.ROOT, "Model written to %s (%s, trained in %.1f s)%n", model, algorithm, result.seconds());
    out.flush();
    return ExitCodes.OK;
  }
}
