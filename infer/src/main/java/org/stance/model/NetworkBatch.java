package org.stance.model;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hashed features of several sentences as the network's inputs: for each of the two bags a matrix of
 * bucket ids padded to the longest row and a mask that marks the real ids, and, with a sentence encoder, a
 * third input of dense vectors (no mask).
 */
public record NetworkBatch(INDArray[] inputs, INDArray[] masks) {

  public static NetworkBatch of(List<HashedFeatures> rows) {
    int n = rows.size();
    int sentenceWidth = 1;
    int contextWidth = 1;
    for (HashedFeatures row : rows) {
      sentenceWidth = Math.max(sentenceWidth, row.sentence().length);
      contextWidth = Math.max(contextWidth, row.context().length);
    }
    float[] sentence = new float[n * sentenceWidth];
    float[] sentenceMask = new float[n * sentenceWidth];
    float[] context = new float[n * contextWidth];
    float[] contextMask = new float[n * contextWidth];
    for (int r = 0; r < n; r++) {
      fill(rows.get(r).sentence(), r * sentenceWidth, sentence, sentenceMask);
      fill(rows.get(r).context(), r * contextWidth, context, contextMask);
    }
    INDArray[] inputs = {matrix(sentence, n, sentenceWidth), matrix(context, n, contextWidth)};
    INDArray[] masks = {matrix(sentenceMask, n, sentenceWidth), matrix(contextMask, n, contextWidth)};
    int denseWidth = n == 0 ? 0 : rows.get(0).dense().length;
    if (denseWidth == 0) {
      return new NetworkBatch(inputs, masks);
    }
    float[] dense = new float[n * denseWidth];
    for (int r = 0; r < n; r++) {
      System.arraycopy(rows.get(r).dense(), 0, dense, r * denseWidth, denseWidth);
    }
    return new NetworkBatch(new INDArray[] {inputs[0], inputs[1], matrix(dense, n, denseWidth)},
        new INDArray[] {masks[0], masks[1], null});
  }

  private static void fill(int[] ids, int offset, float[] values, float[] mask) {
    for (int i = 0; i < ids.length; i++) {
      values[offset + i] = ids[i];
      mask[offset + i] = 1f;
    }
  }

  private static INDArray matrix(float[] data, int rows, int columns) {
    return Nd4j.create(data, new long[] {rows, columns}, DataType.FLOAT);
  }
}
