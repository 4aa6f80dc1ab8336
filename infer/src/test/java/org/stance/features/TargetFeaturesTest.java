package org.stance.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stance.text.Document;

class TargetFeaturesTest {
  private static List<String> words(String text) {
    return Arrays.asList(text.split(" "));
  }

  private static float[] overlap(List<String> target, List<String> text) {
    return TargetFeatures.addFeatures(target, text, new ArrayList<>());
  }

  @Test
  void overlapWorkedOutByHand() {
    // content words: target {meteorite:1, hits:1, nicaragua:1}; text {meteorite:2, fell:1, nicaragua:1}
    float[] overlap = overlap(words("the meteorite hits nicaragua"),
        words("a meteorite fell in nicaragua the meteorite"));
    float cosine = (float) ((1 * 2 + 1 * 1) / Math.sqrt(3 * (4 + 1 + 1)));
    assertArrayEquals(new float[] {
        cosine, cosine, // the whole text is its own lead
        2f / 3, 2f / 3, // two of the three content words found
        1f / 3,         // of the bigrams, "the meteorite" is found
        0f,             // no trigram
        0.2f},          // two shared content words, scaled by 10
        overlap, 1e-6f);
  }

  @Test
  void theLeadIsTheTextsFirstWords() {
    List<String> text = new ArrayList<>(Collections.nCopies(TargetFeatures.LEAD_WORDS, "filler"));
    text.add("nicaragua");
    float[] overlap = overlap(words("nicaragua"), text);
    assertEquals(1f, overlap[2], 1e-6f);
    assertEquals(0f, overlap[3], 1e-6f);
  }

  @Test
  void targetFeaturesOnlyWhenTheSettingsAskForThem() {
    Document pair = new Document("p", List.of("Apple denies it will launch a TV service."), "Apple TV launching");
    FeatureSettings plain = FeatureSettings.defaults().withSentenceEncoder("none");
    SentenceFeatures without = new FeatureExtractor(plain).extract(pair).get(0);
    SentenceFeatures with = new FeatureExtractor(plain.withTarget(true)).extract(pair).get(0);
    assertEquals(0, without.dense().length);
    assertEquals(TargetFeatures.DIMENSION, with.dense().length);
    assertFalse(without.context().contains("t=apple"));
    assertTrue(with.context().containsAll(List.of("t=apple", "m=apple", "m=tv")), with.context().toString());
    assertFalse(with.context().contains("m=launching"), "only words the text repeats are matches");
    assertTrue(with.sentence().contains("w=denies"));
  }
}
