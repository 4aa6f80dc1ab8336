package org.stance.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stance.text.Document;

class FeatureExtractorTest {
  private final FeatureExtractor extractor = new FeatureExtractor(FeatureSettings.defaults());

  @Test
  void normalizesCaseDiacriticsDigitsAndCommas() {
    assertEquals(List.of("erdogan", "said", "00", "soldiers", "died"),
        extractor.normalizedTokens("Erdoğan said, 33 soldiers died."));
    assertEquals(extractor.normalizedTokens("Cavusoglu spoke"), extractor.normalizedTokens("Çavuşoğlu spoke"));
    assertEquals(List.of("\"", "we", "will", "respond", "\""), extractor.normalizedTokens("“We will respond”"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"simple", "opennlp-en"})
  void everyTokenizerSplitsWordsFromPunctuation(String tokenizer) {
    FeatureExtractor withTokenizer =
        new FeatureExtractor(new FeatureSettings(tokenizer, 0, 0, 1, 1 << 10, 1 << 8, "none", 0, "none", false));
    assertEquals(List.of("lavrov", "said", ":", "\"", "no", "deal", "\"", "?"),
        withTokenizer.normalizedTokens("Lavrov said: \"No deal\"?"));
  }

  @Test
  void porterStemmingJoinsInflectedForms() {
    FeatureExtractor stemming = new FeatureExtractor(new FeatureSettings("simple", 0, 0, 1, 1 << 10, 1 << 8, "porter", 0, "none", false));
    assertEquals(stemming.normalizedTokens("Assads forces"), stemming.normalizedTokens("Assad force"));
    FeatureExtractor stemmedAttribution =
        new FeatureExtractor(new FeatureSettings("simple", 0, 0, 1, 1 << 10, 1 << 8, "porter", 1, "none", false));
    List<String> features = stemmedAttribution.extract(new Document("a", List.of("Lavrov warned Ankara."))).get(0).sentence();
    assertTrue(features.contains("att=lavrov"), "a stemmed reporting verb is still a cue: " + features);
  }

  @Test
  void sentenceFeaturesHoldWordsBigramsAndFirstWords() {
    SentenceFeatures features = extractor.extract(new Document("a", List.of("He added that."))).get(0);
    assertTrue(features.sentence().containsAll(List.of("w=he", "w=added", "b=<s>_he", "b=he_added",
        "f0=he", "f1=added")), features.sentence().toString());
  }

  @Test
  void contextCarriesPrecedingSentencesAndPosition() {
    Document document = new Document("a", List.of("Lavrov warned Ankara.", "He added more.", "Then this."));
    FeatureExtractor twoBack = new FeatureExtractor(new FeatureSettings("simple", 0, 0, 2, 1 << 10, 1 << 8, "none", 0, "none", false));
    List<SentenceFeatures> features = twoBack.extract(document);
    assertTrue(features.get(0).context().containsAll(List.of("pos=1", "p1=<none>")));
    assertTrue(features.get(1).context().containsAll(List.of("pos=2", "p1=lavrov", "p1f0=lavrov")));
    assertTrue(features.get(2).context().containsAll(List.of("pos=3", "pos=last", "p1=he", "p2=lavrov")));
    assertFalse(features.get(1).context().contains("p2=lavrov"), "only sentences that exist");
  }

  @Test
  void wordsNearAReportingVerbBecomeAttributionFeatures() {
    FeatureExtractor attribution = new FeatureExtractor(new FeatureSettings("simple", 0, 0, 1, 1 << 10, 1 << 8, "none", 2, "none", false));
    List<SentenceFeatures> features = attribution.extract(new Document("a",
        List.of("Five died in the raids, the Observatory said on Monday.", "It gave no details.")));
    List<String> sentence = features.get(0).sentence();
    assertTrue(sentence.containsAll(List.of("att=the", "att=observatory", "att=on", "att=monday")), sentence.toString());
    assertFalse(sentence.contains("att=raids"), "outside the window");
    assertTrue(features.get(1).context().contains("p1att=observatory"), "the previous speaker carries over");
    assertFalse(new FeatureExtractor(FeatureSettings.defaults().withoutAttribution())
        .extract(new Document("a", List.of("Lavrov said so."))).get(0).sentence().stream()
        .anyMatch(f -> f.startsWith("att=")));
  }

  @Test
  void charNgramsFollowTheSettings() {
    FeatureExtractor withChars = new FeatureExtractor(new FeatureSettings("simple", 3, 4, 1, 1 << 10, 1 << 8, "none", 0, "none", false));
    List<String> sentence = withChars.extract(new Document("a", List.of("Idlib"))).get(0).sentence();
    assertTrue(sentence.containsAll(List.of("c=<id", "c=lib", "c=ib>", "c=<idl", "c=dlib")), sentence.toString());
    assertFalse(sentence.contains("c=<idli"));
  }

  @Test
  void sameDocumentGivesSameFeatures() {
    Document document = new Document("a", List.of("Turkey sent troops.", "Russia objected."));
    assertEquals(extractor.extract(document), new FeatureExtractor(FeatureSettings.defaults()).extract(document));
  }
}
