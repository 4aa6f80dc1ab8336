package org.stance.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmSentenceEncoderTest {
  private static final List<String> SENTENCES = List.of(
      "Erdoğan warned that an offensive in Idlib could begin \"at any moment\".",
      "He added that terrorists are not guaranteed safety in the Idlib zone.",
      "Tags Syria Raqqa",
      "The Syrian Observatory for Human Rights said at least 30 people were killed in air strikes on Maarat al-Numan, "
          + "Kafranbel and Ariha on Tuesday, among them 11 children, and that rescue workers were still searching.");

  @Test
  void givesLangchain4jsVectors() {
    float[][] ours = MiniLmSentenceEncoder.shared().encode(SENTENCES);
    AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
    for (int i = 0; i < SENTENCES.size(); i++) {
      float[] expected = reference.embed(TextSegment.from(SENTENCES.get(i))).content().vector();
      assertEquals(expected.length, ours[i].length);
      double cosine = 0;
      for (int d = 0; d < expected.length; d++) {
        cosine += expected[d] * ours[i][d];
      }
      assertTrue(cosine > 0.99999, "sentence " + i + ": cosine " + cosine);
    }
  }

  @Test
  void aSentenceGetsTheSameVectorWhateverItsCompany() {
    float[] alone = MiniLmSentenceEncoder.shared().encode(List.of(SENTENCES.get(1)))[0];
    float[] inBatch = MiniLmSentenceEncoder.shared().encode(SENTENCES)[1];
    assertEquals(java.util.Arrays.toString(alone), java.util.Arrays.toString(inBatch));
  }

  @Test
  void cutsSentencesLongerThanTheModelReads() {
    String longSentence = "Idlib ".repeat(2000);
    float[] vector = MiniLmSentenceEncoder.shared().encode(List.of(longSentence))[0];
    double norm = 0;
    for (float x : vector) {
      norm += x * x;
    }
    assertEquals(1.0, norm, 1e-4);
  }
}
