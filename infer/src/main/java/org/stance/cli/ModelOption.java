package org.stance.cli;

import java.nio.file.Path;
import org.stance.model.DefaultModel;
import org.stance.model.ModelBundle;
import org.stance.model.StanceModel;
import picocli.CommandLine.Option;

/** {@code --model}: a model bundle, or the default model the build bundles when absent. */
public final class ModelOption {
  @Option(names = {"-m", "--model"}, paramLabel = "MODEL.zip",
      description = "Model bundle to use (default: the bundled default model).")
  Path model;

  public StanceModel load() {
    return model == null ? DefaultModel.load() : ModelBundle.load(model);
  }

  public String describe() {
    return model == null ? "default model" : model.toString();
  }
}
