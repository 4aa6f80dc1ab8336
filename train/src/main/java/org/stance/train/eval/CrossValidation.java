package org.stance.train.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.stance.train.data.LabeledArticle;
import org.stance.train.data.LabeledDataset;
import org.stance.train.training.ModelTraining;
import org.stance.train.training.TrainingOptions;

/**
 * K-fold cross-validation by article: articles (never single sentences, whose context would leak) are
 * shuffled with the seed and dealt into K folds; each fold is evaluated by a model trained on the others.
 * Figures are reported as mean and standard deviation over folds, as OpenNLP's cross-validator does.
 */
public final class CrossValidation {
  private CrossValidation() {}

  public record Result(List<Evaluation> folds) {
    public Result {
      folds = List.copyOf(folds);
    }

    public MeanStd figure(String task, ToDoubleFunction<TaskEvaluation> figure) {
      return MeanStd.of(folds.stream().mapToDouble(e -> figure.applyAsDouble(e.task(task))).toArray());
    }

    private List<String> taskNames() {
      return folds.get(0).tasks().stream().map(TaskEvaluation::task).toList();
    }

    private List<String> labels(String task) {
      return folds.stream().flatMap(e -> e.task(task).labels().stream()).distinct().sorted().toList();
    }

    private MeanStd classF1(String task, String label) {
      return figure(task, t -> t.labels().contains(label) ? t.scores(label).f1() : 0.0);
    }

    public Map<String, Object> toJson() {
      Map<String, Object> tasks = new LinkedHashMap<>();
      for (String task : taskNames()) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("accuracy", figure(task, TaskEvaluation::accuracy).toJson());
        json.put("macro_f1", figure(task, TaskEvaluation::macroF1).toJson());
        json.put("majority_macro_f1", figure(task, t -> t.majorityBaseline().macroF1()).toJson());
        Map<String, Object> perClass = new LinkedHashMap<>();
        for (String label : labels(task)) {
          perClass.put(label, Map.of("f1", classF1(task, label).toJson()));
        }
        json.put("per_class", perClass);
        tasks.put(task, json);
      }
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("schema_version", Evaluation.SCHEMA_VERSION);
      json.put("folds", folds.size());
      json.put("tasks", tasks);
      return json;
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      out.append(folds.size()).append("-fold cross-validation by article (mean ± std over folds)\n");
      for (String task : taskNames()) {
        out.append(String.format(Locale.ROOT, "%s: accuracy %s, macro-F1 %s | majority baseline macro-F1 %s%n",
            task, figure(task, TaskEvaluation::accuracy), figure(task, TaskEvaluation::macroF1),
            figure(task, t -> t.majorityBaseline().macroF1())));
        for (String label : labels(task)) {
          out.append(String.format(Locale.ROOT, "  %-18s f1 %s%n", label, classF1(task, label)));
        }
      }
      return out.toString();
    }
  }

  /** Mean and (population) standard deviation of a figure over folds. */
  public record MeanStd(double mean, double std) {
    static MeanStd of(double[] values) {
      double mean = java.util.Arrays.stream(values).average().orElse(0);
      double variance = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElse(0);
      return new MeanStd(mean, Math.sqrt(variance));
    }

    Map<String, Double> toJson() {
      return Map.of("mean", mean, "std", std);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.3f ± %.3f", mean, std);
    }
  }

  public static Result run(LabeledDataset data, int k, TrainingOptions options, Consumer<String> log) {
    if (k < 2 || k > data.articles().size()) {
      throw new IllegalArgumentException("--folds must be between 2 and the number of articles ("
          + data.articles().size() + ")");
    }
    List<String> ids = new ArrayList<>(data.articles().stream().map(LabeledArticle::id).toList());
    Collections.shuffle(ids, new Random(options.seed()));
    List<Evaluation> folds = new ArrayList<>();
    for (int fold = 0; fold < k; fold++) {
      List<String> heldOut = new ArrayList<>();
      List<String> rest = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        (i % k == fold ? heldOut : rest).add(ids.get(i));
      }
      log.accept("fold " + (fold + 1) + "/" + k + ": training on " + rest.size() + " articles, testing on "
          + heldOut.size());
      ModelTraining.Result trained = ModelTraining.run(data.subset(rest), null, options, line -> { });
      folds.add(Evaluator.evaluate(trained.model(), data.subset(heldOut), false));
    }
    return new Result(folds);
  }
}
