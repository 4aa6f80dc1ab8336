package org.stance.model;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * Inference for the embedding-bag network in plain Java: each bag is an average of embedding rows, then
 * the hidden (ReLU) and softmax output layers are small matrix products. It computes what
 * {@link ComputationGraph#output} computes for this architecture (a test checks it) at several times the
 * speed, because DL4J's embedding and masked-pooling layers copy and permute [batch x width x length]
 * arrays that are mostly padding; and it needs neither DL4J nor ND4J, whose native start-up costs about
 * 0.6 s, so a model bundle stores these parameters ({@link #toBytes}) and tagging never loads them.
 * A sentence encoder's vector, the optional third input, is joined after the two bags, as the merge
 * vertex joins it.
 */
final class BagNetworkForward {
  static final String SENTENCE_EMBEDDING = "sentence_embedding";
  static final String CONTEXT_EMBEDDING = "context_embedding";
  static final String HIDDEN = "hidden";
  static final String SENTENCE_BAG = "sentence_bag";
  static final String CONTEXT_BAG = "context_bag";
  private static final int MAGIC = 0x53424e31; // "SBN1"

  private final int width;
  private final float[] sentenceTable;
  private final float[] contextTable;
  private final Dense hidden;
  private final List<Dense> outputs;

  /** A fully connected layer: {@code weights} is [inputs x outputs], row-major. */
  private record Dense(int inputs, int outputs, float[] weights, float[] bias) {
    Dense {
      if (inputs < 1 || outputs < 1 || weights.length != inputs * outputs || bias.length != outputs) {
        throw new ModelFormatException("network layer of " + inputs + " x " + outputs + " has "
            + weights.length + " weights and " + bias.length + " biases");
      }
    }

    static Dense of(Layer layer) {
      INDArray weights = layer.getParam("W");
      return new Dense((int) weights.rows(), (int) weights.columns(), floats(weights), floats(layer.getParam("b")));
    }

    /** {@code out[j] = bias[j] + sum_i in[i] * weights[i][j]}. */
    void apply(float[] in, float[] out) {
      System.arraycopy(bias, 0, out, 0, outputs);
      for (int i = 0; i < inputs; i++) {
        float x = in[i];
        if (x == 0f) {
          continue;
        }
        int row = i * outputs;
        for (int j = 0; j < outputs; j++) {
          out[j] += x * weights[row + j];
        }
      }
    }
  }

  private BagNetworkForward(int width, float[] sentenceTable, float[] contextTable, Dense hidden, List<Dense> outputs) {
    if (width < 1 || sentenceTable.length % width != 0 || contextTable.length % width != 0
        || hidden.inputs() < 2 * width) {
      throw new ModelFormatException("network tables do not match their width " + width);
    }
    for (Dense output : outputs) {
      if (output.inputs() != hidden.outputs()) {
        throw new ModelFormatException("output layer reads " + output.inputs() + " of " + hidden.outputs() + " hidden units");
      }
    }
    this.width = width;
    this.sentenceTable = sentenceTable;
    this.contextTable = contextTable;
    this.hidden = hidden;
    this.outputs = List.copyOf(outputs);
  }

  /** Fails unless the embedding tables have a row for every hash bucket the feature settings give. */
  void requireRows(int sentenceBuckets, int contextBuckets) {
    if (sentenceTable.length != sentenceBuckets * width || contextTable.length != contextBuckets * width) {
      throw new ModelFormatException("network tables do not match the feature settings' hash buckets");
    }
  }

  int outputCount() {
    return outputs.size();
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
    if (!bags) {
      return Optional.empty();
    }
    INDArray sentence = graph.getLayer(SENTENCE_EMBEDDING).getParam("W");
    List<Dense> outputs = new ArrayList<>();
    for (int t = 0; t < tasks; t++) {
      outputs.add(Dense.of(graph.getLayer(NeuralModel.outputName(t))));
    }
    return Optional.of(new BagNetworkForward((int) sentence.columns(), floats(sentence),
        floats(graph.getLayer(CONTEXT_EMBEDDING).getParam("W")), Dense.of(graph.getLayer(HIDDEN)), outputs));
  }

  private static float[] floats(INDArray array) {
    return array.castTo(DataType.FLOAT).dup('c').data().asFloat();
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

  /**
   * The parameters as bytes, little-endian: the magic "SBN1", the width, the number of output layers, then
   * each array as its length followed by its floats: sentence table, context table, hidden weights
   * ([inputs x units], row-major) with their input count and bias, and each output layer likewise.
   */
  byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeInts(out, MAGIC, width, outputs.size());
    writeFloats(out, sentenceTable);
    writeFloats(out, contextTable);
    for (Dense layer : allLayers()) {
      writeInts(out, layer.inputs());
      writeFloats(out, layer.weights());
      writeFloats(out, layer.bias());
    }
    return out.toByteArray();
  }

  static BagNetworkForward fromBytes(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    try {
      if (in.getInt() != MAGIC) {
        throw new ModelFormatException("network parameters have an unknown layout");
      }
      int width = in.getInt();
      int tasks = in.getInt();
      if (tasks < 1 || tasks > 1000) {
        throw new ModelFormatException("network parameters name " + tasks + " outputs");
      }
      float[] sentence = readFloats(in);
      float[] context = readFloats(in);
      Dense hidden = readDense(in);
      List<Dense> outputs = new ArrayList<>(tasks);
      for (int t = 0; t < tasks; t++) {
        outputs.add(readDense(in));
      }
      if (in.hasRemaining()) {
        throw new ModelFormatException("network parameters have " + in.remaining() + " bytes too many");
      }
      return new BagNetworkForward(width, sentence, context, hidden, outputs);
    } catch (BufferUnderflowException | NegativeArraySizeException e) {
      throw new ModelFormatException("network parameters are truncated");
    }
  }

  private static Dense readDense(ByteBuffer in) {
    int inputs = in.getInt();
    float[] weights = readFloats(in);
    float[] bias = readFloats(in);
    return new Dense(inputs, bias.length, weights, bias);
  }

  private List<Dense> allLayers() {
    List<Dense> layers = new ArrayList<>(outputs.size() + 1);
    layers.add(hidden);
    layers.addAll(outputs);
    return layers;
  }

  private static void writeInts(ByteArrayOutputStream out, int... values) {
    ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int value : values) {
      buffer.putInt(value);
    }
    out.writeBytes(buffer.array());
  }

  private static void writeFloats(ByteArrayOutputStream out, float[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    buffer.putInt(values.length);
    buffer.asFloatBuffer().put(values);
    out.writeBytes(buffer.array());
  }

  private static float[] readFloats(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || 4L * length > in.remaining()) {
      throw new ModelFormatException("network parameters are truncated");
    }
    float[] values = new float[length];
    in.asFloatBuffer().get(values);
    in.position(in.position() + 4 * length);
    return values;
  }

  /** Per task, the label probabilities of every row. */
  List<double[][]> probabilities(List<HashedFeatures> rows) {
    int n = rows.size();
    List<double[][]> perTask = new ArrayList<>(outputs.size());
    for (Dense output : outputs) {
      perTask.add(new double[n][]);
    }
    float[] input = new float[hidden.inputs()];
    float[] units = new float[hidden.outputs()];
    float[] logits = new float[outputs.stream().mapToInt(Dense::outputs).max().orElse(0)];
    for (int r = 0; r < n; r++) {
      HashedFeatures row = rows.get(r);
      float[] dense = row.dense();
      if (2 * width + dense.length != input.length) {
        throw new IllegalArgumentException("network reads " + input.length + " inputs, the features give "
            + (2 * width + dense.length));
      }
      Arrays.fill(input, 0, 2 * width, 0f);
      average(sentenceTable, row.sentence(), input, 0);
      average(contextTable, row.context(), input, width);
      System.arraycopy(dense, 0, input, 2 * width, dense.length);
      hidden.apply(input, units);
      for (int j = 0; j < units.length; j++) {
        units[j] = Math.max(0f, units[j]);
      }
      for (int t = 0; t < outputs.size(); t++) {
        Dense output = outputs.get(t);
        output.apply(units, logits);
        perTask.get(t)[r] = softmax(logits, output.outputs());
      }
    }
    return perTask;
  }

  private static double[] softmax(float[] logits, int size) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < size; k++) {
      max = Math.max(max, logits[k]);
    }
    double[] out = new double[size];
    double sum = 0;
    for (int k = 0; k < size; k++) {
      out[k] = Math.exp(logits[k] - max);
      sum += out[k];
    }
    for (int k = 0; k < size; k++) {
      out[k] /= sum;
    }
    return out;
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
