package org.stance.train.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.stance.features.FeatureSettings;
import org.stance.model.HashedFeatures;
import org.stance.model.NetworkBatch;
import org.stance.model.NeuralModel;
import org.stance.model.Prediction;
import org.stance.model.StanceModel;
import org.stance.model.Task;
import org.stance.train.eval.TaskEvaluation;

/**
 * Trains the {@link NeuralModel} network with Adam on shuffled mini-batches. Losses are weighted by the
 * square root of inverse label frequency, so rare labels are not ignored. With dev data, the epoch with
 * the best {@link DevScore} (mean macro-F1 over tasks, or FNC-1's score) is kept, and training stops after
 * {@link #PATIENCE} epochs without a gain.
 */
final class NeuralTrainer implements Trainer {
  /** Epochs without a dev gain after which training stops early. */
  static final int PATIENCE = 3;

  @Override
  public StanceModel train(TrainingData train, TrainingData dev, TrainingOptions options,
      Consumer<String> log) {
    Nd4j.getRandom().setSeed(options.seed());
    ComputationGraph graph = new ComputationGraph(configuration(train, options));
    graph.init();
    NeuralModel model = new NeuralModel(graph, train.tasks(), options.features());
    List<HashedFeatures> rows = hash(train, options.features());
    List<HashedFeatures> devRows = dev == null ? null : hash(dev, options.features());
    Random random = new Random(options.seed());
    int[] order = new int[rows.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    INDArray best = null;
    double bestScore = -1;
    int bestEpoch = 0;
    String devScoreName = DevScore.name(train.tasks());
    TrainingProgress progress = TrainingProgress.of(log);
    progress.start("train", (long) options.epochs() * ((order.length + options.batchSize() - 1) / options.batchSize()),
        "batches");
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      shuffle(order, random);
      double loss = 0;
      int steps = 0;
      for (int from = 0; from < order.length; from += options.batchSize()) {
        int to = Math.min(order.length, from + options.batchSize());
        graph.fit(batch(train, rows, order, from, to));
        loss += graph.score();
        steps++;
        progress.step(1);
      }
      String line = String.format(Locale.ROOT, "epoch %d/%d: loss %.4f", epoch, options.epochs(),
          loss / Math.max(1, steps));
      if (dev != null) {
        double score = devScore(model.predictHashed(devRows), dev);
        line += String.format(Locale.ROOT, ", %s %.4f", devScoreName, score);
        if (score > bestScore) {
          bestScore = score;
          bestEpoch = epoch;
          best = graph.params().dup();
        }
      }
      log.accept(line);
      if (best != null && epoch - bestEpoch >= PATIENCE && epoch < options.epochs()) {
        // the epochs before the stop run exactly as in a longer run, so the kept model is the same
        log.accept("stopped: no dev gain in " + PATIENCE + " epochs");
        break;
      }
    }
    if (best != null) {
      graph.setParams(best);
      log.accept(String.format(Locale.ROOT, "kept the epoch with %s %.4f", devScoreName, bestScore));
    }
    return NeuralModel.frozen(graph, train.tasks(), options.features());
  }

  static ComputationGraphConfiguration configuration(TrainingData train, TrainingOptions options) {
    FeatureSettings features = options.features();
    int embedding = options.embeddingSize();
    ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder()
        .seed(options.seed())
        .updater(new Adam(options.learningRate()))
        .weightInit(WeightInit.XAVIER)
        .graphBuilder();
    int encoded = train.features().isEmpty() ? 0 : train.features().get(0).dense().length;
    if (encoded > 0) {
      graph.addInputs(NeuralModel.SENTENCE_INPUT, NeuralModel.CONTEXT_INPUT, NeuralModel.ENCODED_INPUT);
    } else {
      graph.addInputs(NeuralModel.SENTENCE_INPUT, NeuralModel.CONTEXT_INPUT);
    }
    graph.addLayer(NeuralModel.SENTENCE_EMBEDDING, new EmbeddingSequenceLayer.Builder()
            .nIn(features.sentenceBuckets()).nOut(embedding).hasBias(false).build(), NeuralModel.SENTENCE_INPUT)
        .addLayer(NeuralModel.SENTENCE_BAG, new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), NeuralModel.SENTENCE_EMBEDDING)
        .addLayer(NeuralModel.CONTEXT_EMBEDDING, new EmbeddingSequenceLayer.Builder()
            .nIn(features.contextBuckets()).nOut(embedding).hasBias(false).build(), NeuralModel.CONTEXT_INPUT)
        .addLayer(NeuralModel.CONTEXT_BAG, new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), NeuralModel.CONTEXT_EMBEDDING);
    if (encoded > 0) {
      graph.addVertex("joined", new MergeVertex(), NeuralModel.SENTENCE_BAG, NeuralModel.CONTEXT_BAG, NeuralModel.ENCODED_INPUT);
    } else {
      graph.addVertex("joined", new MergeVertex(), NeuralModel.SENTENCE_BAG, NeuralModel.CONTEXT_BAG);
    }
    graph.addLayer(NeuralModel.HIDDEN, new DenseLayer.Builder().nIn(2L * embedding + encoded).nOut(options.hiddenSize())
        .activation(Activation.RELU).dropOut(1.0 - options.dropout()).build(), "joined");
    String[] outputs = new String[train.tasks().size()];
    for (int t = 0; t < outputs.length; t++) {
      Task task = train.tasks().get(t);
      outputs[t] = NeuralModel.outputName(t);
      graph.addLayer(outputs[t], new OutputLayer.Builder(new LossMCXENT(classWeights(options.classWeighting(),
              train.gold().get(t), task.labels().size())))
          .nIn(options.hiddenSize()).nOut(task.labels().size()).activation(Activation.SOFTMAX).build(), NeuralModel.HIDDEN);
    }
    return graph.setOutputs(outputs).build();
  }

  /** sqrt(N / (K * count)) per label: rare labels weigh more, without swamping the frequent ones. */
  static INDArray classWeights(String weighting, int[] gold, int labels) {
    if (weighting.equals(TrainingOptions.NO_WEIGHTING)) {
      return null; // LossMCXENT without weights
    }
    double[] counts = new double[labels];
    for (int g : gold) {
      counts[g]++;
    }
    double[] weights = new double[labels];
    for (int k = 0; k < labels; k++) {
      weights[k] = counts[k] == 0 ? 1.0 : Math.sqrt(gold.length / (labels * counts[k]));
    }
    return Nd4j.create(weights).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).reshape(1, labels);
  }

  private static List<HashedFeatures> hash(TrainingData data, FeatureSettings settings) {
    List<HashedFeatures> rows = new ArrayList<>(data.size());
    data.features().forEach(f -> rows.add(HashedFeatures.of(f, settings)));
    return rows;
  }

  private static MultiDataSet batch(TrainingData data, List<HashedFeatures> rows, int[] order, int from, int to) {
    List<HashedFeatures> chunk = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      chunk.add(rows.get(order[i]));
    }
    NetworkBatch inputs = NetworkBatch.of(chunk);
    INDArray[] labels = new INDArray[data.tasks().size()];
    for (int t = 0; t < labels.length; t++) {
      float[] oneHot = new float[(to - from) * data.tasks().get(t).labels().size()];
      int width = data.tasks().get(t).labels().size();
      for (int i = from; i < to; i++) {
        oneHot[(i - from) * width + data.gold().get(t)[order[i]]] = 1f;
      }
      labels[t] = Nd4j.create(oneHot, new long[] {to - from, width}, org.nd4j.linalg.api.buffer.DataType.FLOAT);
    }
    return new MultiDataSet(inputs.inputs(), labels, inputs.masks(), null);
  }

  private static double devScore(List<Prediction> predictions, TrainingData dev) {
    List<TaskEvaluation> tasks = new ArrayList<>(dev.tasks().size());
    for (int t = 0; t < dev.tasks().size(); t++) {
      Task task = dev.tasks().get(t);
      List<String> gold = new ArrayList<>(dev.size());
      for (int g : dev.gold().get(t)) {
        gold.add(g < 0 ? "<unknown>" : task.labels().get(g));
      }
      List<String> predicted = predictions.stream().map(p -> p.label(task.name()).value()).toList();
      tasks.add(TaskEvaluation.of(task.name(), gold, predicted));
    }
    return DevScore.of(tasks);
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }
}
