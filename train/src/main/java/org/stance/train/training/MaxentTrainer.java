package org.stance.train.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.stance.model.StanceModel;

/** Trains one OpenNLP maxent (GIS) classifier per task, the classifier of OpenNLP's document categorizer. */
final class MaxentTrainer implements Trainer {
  @Override
  public StanceModel train(TrainingData train, TrainingData dev, TrainingOptions options,
      Consumer<String> log) {
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    parameters.put(TrainingParameters.ITERATIONS_PARAM, options.maxentIterations());
    parameters.put(TrainingParameters.CUTOFF_PARAM, options.maxentCutoff());
    List<String[]> contexts = new ArrayList<>(train.size());
    train.features().forEach(f -> contexts.add(org.stance.model.MaxentModel.context(f)));
    List<MaxentModel> classifiers = new ArrayList<>();
    for (int t = 0; t < train.tasks().size(); t++) {
      List<String> labels = train.tasks().get(t).labels();
      List<Event> events = new ArrayList<>(train.size());
      for (int i = 0; i < train.size(); i++) {
        events.add(new Event(labels.get(train.gold().get(t)[i]), contexts.get(i)));
      }
      EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
      try {
        classifiers.add(trainer.train(ObjectStreamUtils.createObjectStream(events)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      log.accept("maxent: trained task " + train.tasks().get(t).name());
    }
    return new org.stance.model.MaxentModel(classifiers, train.tasks(), options.features());
  }
}
