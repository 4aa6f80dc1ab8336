package org.stance.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.stance.features.FeatureSettings;
import org.stance.features.SentenceFeatures;

/**
 * A DL4J network over hashed features: each of the two inputs (the sentence, its context) is an
 * embedding bag (an embedding table averaged over the input's ids), the two are joined, pass a hidden
 * layer, and feed one softmax output per task, so every label column is predicted at once.
 *
 * <p>Saved as the network's JSON configuration and its parameters: in the plain layout of
 * {@link BagNetworkForward} for the embedding-bag architecture, which a loaded model reads without DL4J or
 * ND4J (tagging then never starts them), otherwise in ND4J's binary format.
 */
public final class NeuralModel implements StanceModel {
  public static final String ALGORITHM = "neural";
  public static final String SENTENCE_INPUT = "sentence";
  public static final String CONTEXT_INPUT = "context";
  /** The third input of a network with a sentence encoder. */
  public static final String ENCODED_INPUT = "encoded";
  static final String CONFIGURATION = "network/configuration.json";
  static final String PARAMETERS = "network/parameters.bin";
  static final String BAG_PARAMETERS = "network/bag-parameters.bin";
  /** Sentences per DL4J forward pass; sorted by length first so little padding is computed. */
  private static final int BATCH = 256;
  /** Sentences per pass of the fast path, which pads nothing: larger passes mean fewer ND4J calls. */
  private static final int FAST_BATCH = 4096;
  private static final List<String> ALLOWED_CLASS_PREFIXES = List.of("org.deeplearning4j.", "org.nd4j.");

  /** Layer names of the embedding-bag architecture, which the trainer builds and inference relies on. */
  public static final String SENTENCE_EMBEDDING = BagNetworkForward.SENTENCE_EMBEDDING;
  public static final String CONTEXT_EMBEDDING = BagNetworkForward.CONTEXT_EMBEDDING;
  public static final String HIDDEN = BagNetworkForward.HIDDEN;
  public static final String SENTENCE_BAG = BagNetworkForward.SENTENCE_BAG;
  public static final String CONTEXT_BAG = BagNetworkForward.CONTEXT_BAG;

  private final ComputationGraph graph; // null in a loaded embedding-bag model, which needs only the fast path
  private final String loadedConfiguration; // the JSON configuration of a model loaded without its graph
  private final List<Task> tasks;
  private final FeatureSettings settings;
  private final BagNetworkForward fast; // null: use DL4J's forward pass

  /** A model whose graph may still be trained: predictions go through DL4J's forward pass. */
  public NeuralModel(ComputationGraph graph, List<Task> tasks, FeatureSettings settings) {
    this(graph, null, tasks, settings, null);
  }

  private NeuralModel(ComputationGraph graph, String loadedConfiguration, List<Task> tasks, FeatureSettings settings,
      BagNetworkForward fast) {
    this.graph = graph;
    this.loadedConfiguration = loadedConfiguration;
    this.tasks = List.copyOf(tasks);
    this.settings = settings;
    this.fast = fast;
  }

  /**
   * A model for inference only: predictions take the fast path when the graph has the embedding-bag
   * architecture. The graph must not be trained further (the fast path copies its parameters).
   */
  public static NeuralModel frozen(ComputationGraph graph, List<Task> tasks, FeatureSettings settings) {
    return new NeuralModel(graph, null, tasks, settings, BagNetworkForward.of(graph, tasks.size()).orElse(null));
  }

  /** The output layer name of a task (tasks are named by the user; layer names must be safe). */
  public static String outputName(int taskIndex) {
    return "out" + taskIndex;
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public List<Task> tasks() {
    return tasks;
  }

  @Override
  public FeatureSettings featureSettings() {
    return settings;
  }

  /** The DL4J network of a model trained in this process (a loaded embedding-bag model has none). */
  public ComputationGraph graph() {
    if (graph == null) {
      throw new IllegalStateException("a loaded embedding-bag model keeps only its inference parameters");
    }
    return graph;
  }

  @Override
  public List<Prediction> predict(List<SentenceFeatures> batch) {
    List<HashedFeatures> hashed = new ArrayList<>(batch.size());
    for (SentenceFeatures features : batch) {
      hashed.add(HashedFeatures.of(features, settings));
    }
    return predictHashed(hashed);
  }

  /** Whether predictions take the fast path (a frozen model of the embedding-bag architecture). */
  public boolean fastInference() {
    return fast != null;
  }

  /** Predictions through DL4J's own forward pass, the reference the fast path must agree with. */
  public List<Prediction> predictWithGraph(List<SentenceFeatures> batch) {
    return new NeuralModel(graph(), tasks, settings).predict(batch);
  }

  public List<Prediction> predictHashed(List<HashedFeatures> hashed) {
    if (fast != null) {
      List<Prediction> out = new ArrayList<>(hashed.size());
      for (int from = 0; from < hashed.size(); from += FAST_BATCH) {
        List<HashedFeatures> chunk = hashed.subList(from, Math.min(hashed.size(), from + FAST_BATCH));
        addPredictions(fast.probabilities(chunk), chunk.size(), out);
      }
      return out;
    }
    // DL4J pads every row to the longest of its batch: rows sorted by length waste little
    Integer[] order = new Integer[hashed.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> hashed.get(i).sentence().length));
    Prediction[] out = new Prediction[hashed.size()];
    for (int from = 0; from < order.length; from += BATCH) {
      int to = Math.min(order.length, from + BATCH);
      List<HashedFeatures> chunk = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        chunk.add(hashed.get(order[i]));
      }
      List<Prediction> predictions = new ArrayList<>(chunk.size());
      addPredictions(probabilities(NetworkBatch.of(chunk)), chunk.size(), predictions);
      for (int i = from; i < to; i++) {
        out[order[i]] = predictions.get(i - from);
      }
    }
    return Arrays.asList(out);
  }

  private void addPredictions(List<double[][]> probabilities, int rows, List<Prediction> out) {
    for (int r = 0; r < rows; r++) {
      List<double[]> perTask = new ArrayList<>(tasks.size());
      for (double[][] taskProbabilities : probabilities) {
        perTask.add(taskProbabilities[r]);
      }
      out.add(Prediction.argmax(tasks, perTask));
    }
  }

  private List<double[][]> probabilities(NetworkBatch batch) {
    INDArray[] outputs;
    synchronized (graph) { // a ComputationGraph is not safe for concurrent forward passes
      outputs = graph.output(false, batch.inputs(), batch.masks());
    }
    List<double[][]> perTask = new ArrayList<>(outputs.length);
    for (INDArray output : outputs) {
      perTask.add(rows(output));
    }
    return perTask;
  }

  /** The rows of a [n, k] matrix, read in one bulk copy (INDArray.toDoubleMatrix reads element by element). */
  static double[][] rows(INDArray matrix) {
    int n = (int) matrix.rows();
    int k = (int) matrix.columns();
    double[] flat = matrix.dup('c').data().asDouble();
    double[][] rows = new double[n][];
    for (int r = 0; r < n; r++) {
      rows[r] = Arrays.copyOfRange(flat, r * k, (r + 1) * k);
    }
    return rows;
  }

  @Override
  public void writeEntries(BundleEntries entries) throws IOException {
    String configuration = graph == null ? loadedConfiguration : graph.getConfiguration().toJson();
    entries.put(CONFIGURATION, out -> out.write(configuration.getBytes(StandardCharsets.UTF_8)));
    if (fast != null) {
      entries.put(BAG_PARAMETERS, out -> out.write(fast.toBytes()));
      return;
    }
    entries.put(PARAMETERS, out -> {
      DataOutputStream data = new DataOutputStream(out);
      Nd4j.write(graph.params(), data);
      data.flush();
    });
  }

  static NeuralModel read(Manifest manifest, BundleEntries entries) throws IOException {
    String json = new String(entries.get(CONFIGURATION), StandardCharsets.UTF_8);
    checkClassNames(ModelBundle.JSON.readTree(json));
    if (entries.asMap().containsKey(BAG_PARAMETERS)) {
      BagNetworkForward fast = BagNetworkForward.fromBytes(entries.get(BAG_PARAMETERS));
      requireOutputs(fast.outputCount(), manifest);
      fast.requireRows(manifest.features().sentenceBuckets(), manifest.features().contextBuckets());
      return new NeuralModel(null, json, manifest.tasks(), manifest.features(), fast);
    }
    ComputationGraphConfiguration configuration = ComputationGraphConfiguration.fromJson(json);
    INDArray parameters;
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entries.get(PARAMETERS)))) {
      parameters = Nd4j.read(in);
    }
    ComputationGraph graph = new ComputationGraph(configuration);
    graph.init(parameters.reshape(1, parameters.length()), false);
    requireOutputs(graph.getNumOutputArrays(), manifest);
    return frozen(graph, manifest.tasks(), manifest.features());
  }

  private static void requireOutputs(int outputs, Manifest manifest) {
    if (outputs != manifest.tasks().size()) {
      throw new ModelFormatException("network has " + outputs + " outputs for " + manifest.tasks().size() + " tasks");
    }
  }

  /**
   * DL4J's JSON names the classes it instantiates ({@code @class}); only DL4J's and ND4J's own are
   * accepted, so a crafted file cannot make Jackson build arbitrary objects.
   */
  private static void checkClassNames(JsonNode node) {
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        JsonNode value = node.get(name);
        if (name.equals("@class") && ALLOWED_CLASS_PREFIXES.stream().noneMatch(value.asText()::startsWith)) {
          throw new ModelFormatException("network configuration names a foreign class " + value.asText());
        }
        checkClassNames(value);
      }
    } else if (node.isArray()) {
      node.forEach(NeuralModel::checkClassNames);
    }
  }
}
