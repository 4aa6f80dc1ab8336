package org.stance.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Inference for the embedding-bag network with its own parameters, without DL4J's sequence machinery:
 * each bag is a plain average of embedding rows read from a float array (a sentence has ~50 ids, so this
 * is a few thousand additions), then the hidden and output layers run as two ND4J matrix products. It
 * computes exactly what {@link ComputationGraph#output} computes for this architecture (a test checks it)
 * at several times the speed, because DL4J's embedding and masked-pooling layers copy and permute
 * [batch x width x length] arrays that are mostly padding. A sentence encoder's vector, the optional third
 * input, is joined after the two bags, as the merge vertex joins it.
 */
final class BagNetworkForward {
  static final String SENTENCE_EMBEDDING = "sentence_embedding";
  static final String CONTEXT_EMBEDDING = "context_embedding";
  static final String HIDDEN = "hidden";
  static final String SENTENCE_BAG = "sentence_bag";
  static final String CONTEXT_BAG = "context_bag";

  private final float[] sentenceTable;
  private final float[] contextTable;
  private final int width;
  private final INDArray hiddenWeights;
  private final INDArray hiddenBias;
  private final List<INDArray> outputWeights;
  private final List<INDArray> outputBiases;

  private BagNetworkForward(ComputationGraph graph, int tasks) {
    INDArray sentence = graph.getLayer(SENTENCE_EMBEDDING).getParam("W");
    INDArray context = graph.getLayer(CONTEXT_EMBEDDING).getParam("W");
    this.width = (int) sentence.columns();
    this.sentenceTable = sentence.dup('c').data().asFloat();
    this.contextTable = context.dup('c').data().asFloat();
    this.hiddenWeights = graph.getLayer(HIDDEN).getParam("W").castTo(DataType.FLOAT);
    this.hiddenBias = graph.getLayer(HIDDEN).getParam("b").castTo(DataType.FLOAT);
    this.outputWeights = new ArrayList<>();
    this.outputBiases = new ArrayList<>();
    for (int t = 0; t < tasks; t++) {
      Layer output = graph.getLayer(NeuralModel.outputName(t));
      outputWeights.add(output.getParam("W").castTo(DataType.FLOAT));
      outputBiases.add(output.getParam("b").castTo(DataType.FLOAT));
    }
  }

  /** The fast path for a graph of the embedding-bag architecture, or empty for any other graph. */
  static Optional<BagNetworkForward> of(ComputationGraph graph, int tasks) {
    boolean bags = graph.getNumInputArrays() >= 2 && graph.getNumInputArrays() <= 3
        && graph.getLayers().length == 5 + tasks
        && embeddingWithoutBias(graph, SENTENCE_EMBEDDING) && embeddingWithoutBias(graph, CONTEXT_EMBEDDING)
        && averagePooling(graph, SENTENCE_BAG) && averagePooling(graph, CONTEXT_BAG)
        && activation(graph, HIDDEN) instanceof ActivationReLU;
    for (int t = 0; bags && t < tasks; t++) {
      bags = activation(graph, NeuralModel.outputName(t)) instanceof ActivationSoftmax;
    }
    return bags ? Optional.of(new BagNetworkForward(graph, tasks)) : Optional.empty();
  }

  private static org.deeplearning4j.nn.conf.layers.Layer layerConf(ComputationGraph graph, String name) {
    Layer layer = graph.getLayer(name);
    return layer == null ? null : layer.conf().getLayer();
  }

  private static boolean embeddingWithoutBias(ComputationGraph graph, String name) {
    return layerConf(graph, name) instanceof EmbeddingSequenceLayer embedding && !embedding.hasBias();
  }

  private static boolean averagePooling(ComputationGraph graph, String name) {
    return layerConf(graph, name) instanceof GlobalPoolingLayer pooling
        && pooling.getPoolingType() == PoolingType.AVG;
  }

  private static IActivation activation(ComputationGraph graph, String name) {
    return layerConf(graph, name) instanceof BaseLayer layer ? layer.getActivationFn() : null;
  }

  /** Per task, the label probabilities of every row. */
  List<double[][]> probabilities(List<HashedFeatures> rows) {
    int n = rows.size();
    int dense = n == 0 ? 0 : rows.get(0).dense().length;
    int stride = 2 * width + dense;
    float[] joined = new float[n * stride];
    for (int r = 0; r < n; r++) {
      average(sentenceTable, rows.get(r).sentence(), joined, r * stride);
      average(contextTable, rows.get(r).context(), joined, r * stride + width);
      System.arraycopy(rows.get(r).dense(), 0, joined, r * stride + 2 * width, dense);
    }
    INDArray input = Nd4j.create(joined, new long[] {n, stride}, DataType.FLOAT);
    INDArray hidden = Transforms.relu(input.mmul(hiddenWeights).addiRowVector(hiddenBias), false);
    List<double[][]> perTask = new ArrayList<>(outputWeights.size());
    for (int t = 0; t < outputWeights.size(); t++) {
      INDArray logits = hidden.mmul(outputWeights.get(t)).addiRowVector(outputBiases.get(t));
      perTask.add(NeuralModel.rows(Transforms.softmax(logits, false)));
    }
    return perTask;
  }

  private void average(float[] table, int[] ids, float[] out, int offset) {
    if (ids.length == 0) {
      return;
    }
    for (int id : ids) {
      int row = id * width;
      for (int d = 0; d < width; d++) {
        out[offset + d] += table[row + d];
      }
    }
    float scale = 1f / ids.length;
    for (int d = 0; d < width; d++) {
      out[offset + d] *= scale;
    }
  }
}
