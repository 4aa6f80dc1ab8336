package org.stance.train.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stance.cli.CommonOptions;
import org.stance.cli.ExitCodes;
import org.stance.cli.ModelOption;
import org.stance.model.Prediction;
import org.stance.model.StanceModel;
import org.stance.train.data.LabeledDataset;
import org.stance.train.eval.Evaluation;
import org.stance.train.eval.Evaluator;
import org.stance.train.eval.PredictionTable;
import org.stance.tables.CsvTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stance evaluate}: scores a model against labeled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Evaluate a model on labeled data: for each label column, accuracy, macro-F1, per-class"
        + " precision/recall/F1/support and the confusion matrix, beside the majority-class baseline."})
public final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin ModelOption model;

  @Mixin DataOption data;

  @Option(names = "--json", paramLabel = "OUT.json", description = "Also write the figures as JSON.")
  Path json;

  @Option(names = "--predictions", paramLabel = "OUT.csv",
      description = "Also write every sentence with its gold and predicted labels, for reading errors.")
  Path predictions;

  @Override
  public Integer call() throws Exception {
    LabeledDataset dataset = data.read();
    StanceModel loaded = model.load();
    Evaluator.requireCompatible(loaded, dataset);
    List<Prediction> predicted = Evaluator.predict(loaded, dataset);
    Evaluation evaluation = Evaluator.score(loaded, dataset, predicted);
    if (predictions != null) {
      CsvTables.write(PredictionTable.of(dataset, loaded.tasks(), predicted), predictions);
    }
    spec.commandLine().getOut().print(evaluation);
    spec.commandLine().getOut().flush();
    if (json != null) {
      JsonOutput.write(json, evaluation.toJson());
    }
    return ExitCodes.OK;
  }
}
