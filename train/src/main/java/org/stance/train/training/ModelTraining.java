package org.stance.train.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.stance.Versions;
import org.stance.features.FeatureExtractor;
import org.stance.model.Provenance;
import org.stance.model.StanceModel;
import org.stance.model.Task;
import org.stance.train.data.LabeledDataset;
import org.stance.train.eval.Evaluation;
import org.stance.train.eval.Evaluator;
import org.stance.train.eval.TaskEvaluation;

/**
 * One training run from labeled data to a model ready to save: features, the chosen trainer, the
 * evaluation on dev data, and the provenance recorded in the bundle.
 */
public final class ModelTraining {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelTraining() {}

  /** A trained model, where it came from, and how it did on the dev data (null without dev data). */
  public record Result(StanceModel model, Provenance provenance, Evaluation dev, double seconds) {}

  public static Result run(LabeledDataset train, LabeledDataset dev, TrainingOptions options,
      Consumer<String> log) {
    long start = System.nanoTime();
    // Pairs switch on target features whatever the caller asked: a model must read what its data holds
    TrainingOptions used = options.withFeatures(options.features().withTarget(train.hasTargets()));
    List<Task> tasks = train.tasks();
    FeatureExtractor extractor = new FeatureExtractor(used.features());
    TrainingData trainData = TrainingData.of(train, tasks, extractor);
    TrainingData devData = dev == null ? null : TrainingData.of(dev, tasks, extractor);
    StanceModel model = Trainer.named(used.algorithm()).train(trainData, devData, used, log);
    double seconds = (System.nanoTime() - start) / 1e9;
    Evaluation devEvaluation = null;
    if (dev != null) {
      Evaluator.requireCompatible(model, dev);
      devEvaluation = Evaluator.score(model, dev, model.predict(devData.features())); // features made once
    }
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("train_articles", train.articles().size());
    metrics.put("train_sentences", train.sentenceCount());
    metrics.put("training_seconds", Math.round(seconds * 10) / 10.0);
    if (devEvaluation != null) {
      metrics.put("dev_sentences", dev.sentenceCount());
      metrics.put("dev_sha256", dev.sha256());
      Map<String, Object> byTask = new LinkedHashMap<>();
      for (TaskEvaluation task : devEvaluation.tasks()) {
        byTask.put(task.task(), Map.of("accuracy", task.accuracy(), "macro_f1", task.macroF1()));
      }
      metrics.put("dev", byTask);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> settings = JSON.convertValue(used, Map.class);
    Provenance provenance = new Provenance(used.seed(), train.sha256(), settings, metrics, Versions.all());
    return new Result(model, provenance, devEvaluation, seconds);
  }
}
