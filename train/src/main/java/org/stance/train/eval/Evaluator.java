package org.stance.train.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stance.features.FeatureExtractor;
import org.stance.features.SentenceFeatures;
import org.stance.model.Prediction;
import org.stance.model.StanceModel;
import org.stance.model.Task;
import org.stance.io.InputException;
import org.stance.train.data.LabeledArticle;
import org.stance.train.data.LabeledDataset;
import org.stance.train.data.LabeledSentence;

/**
 * Evaluates a model on labeled data: features are extracted per article (so context is the same as at
 * tagging time), every sentence is predicted, and each of the model's tasks is scored against the label
 * column of the same name. Stateless.
 */
public final class Evaluator {
  private Evaluator() {}

  /** Fails on a gold label the model cannot predict, naming the file and line. */
  public static Evaluation evaluate(StanceModel model, LabeledDataset data) {
    return evaluate(model, data, true);
  }

  /**
   * @param requireKnownLabels false to score gold labels the model never saw as plain errors, as
   *     cross-validation must when a rare label falls only in the held-out fold
   */
  public static Evaluation evaluate(StanceModel model, LabeledDataset data, boolean requireKnownLabels) {
    List<Integer> columns = columns(model, data);
    if (requireKnownLabels) {
      checkKnownLabels(model, data, columns);
    }
    return score(model, data, columns, predict(model, data));
  }

  /**
   * Checks, before any prediction, that the data has every label column the model predicts and only
   * labels it knows; fails naming the file and line.
   */
  public static void requireCompatible(StanceModel model, LabeledDataset data) {
    checkKnownLabels(model, data, columns(model, data));
  }

  /** Scores predictions already made for every sentence of the data, in data order (see {@link #predict}). */
  public static Evaluation score(StanceModel model, LabeledDataset data, List<Prediction> predictions) {
    return score(model, data, columns(model, data), predictions);
  }

  private static Evaluation score(StanceModel model, LabeledDataset data, List<Integer> columns,
      List<Prediction> predictions) {
    List<TaskEvaluation> tasks = new ArrayList<>();
    for (int t = 0; t < model.tasks().size(); t++) {
      String name = model.tasks().get(t).name();
      List<String> gold = new ArrayList<>(predictions.size());
      for (LabeledArticle article : data.articles()) {
        for (LabeledSentence sentence : article.sentences()) {
          gold.add(sentence.labels().get(columns.get(t)));
        }
      }
      List<String> predicted = predictions.stream().map(p -> p.label(name).value()).toList();
      tasks.add(TaskEvaluation.of(name, gold, predicted));
    }
    return new Evaluation(tasks);
  }

  /** For each of the model's tasks, the data's label column of the same name. */
  private static List<Integer> columns(StanceModel model, LabeledDataset data) {
    List<Integer> columns = new ArrayList<>();
    for (Task task : model.tasks()) {
      int column = data.labelColumns().indexOf(task.name());
      if (column < 0) {
        String problem = "no label column '" + task.name() + "', which the model predicts (the data has "
            + data.labelColumns() + ")";
        throw data.articles().isEmpty() ? new InputException("evaluation data: " + problem)
            : InputException.at(Path.of(data.articles().get(0).sentences().get(0).file()), 1, problem);
      }
      columns.add(column);
    }
    return columns;
  }

  /** The model's prediction for every sentence of the data, in data order. */
  public static List<Prediction> predict(StanceModel model, LabeledDataset data) {
    FeatureExtractor extractor = new FeatureExtractor(model.featureSettings());
    List<SentenceFeatures> features = new ArrayList<>(data.sentenceCount());
    for (LabeledArticle article : data.articles()) {
      features.addAll(extractor.extract(article.document()));
    }
    return model.predict(features);
  }

  /** A gold label the model cannot predict is a mistake in the data or the wrong model: said early. */
  private static void checkKnownLabels(StanceModel model, LabeledDataset data, List<Integer> columns) {
    for (int t = 0; t < model.tasks().size(); t++) {
      Task task = model.tasks().get(t);
      for (LabeledArticle article : data.articles()) {
        for (LabeledSentence sentence : article.sentences()) {
          String label = sentence.labels().get(columns.get(t));
          if (task.indexOf(label) < 0) {
            throw InputException.at(Path.of(sentence.file()), sentence.line(), "label '" + label
                + "' in column '" + task.name() + "' is not one the model knows " + task.labels());
          }
        }
      }
    }
  }
}
