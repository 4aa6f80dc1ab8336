package org.stance.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stance.train.TestData;

/**
 * The project's own labeled data follows ANNOTATION.md and keeps its coverage and its split; the extra
 * set ({@code datasets/idlib-extra}) follows the same guideline and shares no article or sentence with it.
 */
class ProjectDatasetTest {
  static final Set<String> ACTORS = Set.of("RUSSIA", "TURKEY", "SYRIA", "USA", "OTHER", "NONE");
  static final Set<String> STANCES = Set.of("COOPERATIVE", "CONFRONTATIONAL", "NEUTRAL");
  static LabeledDataset train;
  static LabeledDataset dev;
  static LabeledDataset extraTrain;
  static LabeledDataset extraDev;

  @BeforeAll
  static void read() {
    train = LabeledCsvReader.read(TestData.root().resolve("datasets/idlib/train"));
    dev = LabeledCsvReader.read(TestData.root().resolve("datasets/idlib/dev"));
    extraTrain = LabeledCsvReader.read(TestData.root().resolve("datasets/idlib-extra/train"));
    extraDev = LabeledCsvReader.read(TestData.root().resolve("datasets/idlib-extra/dev"));
  }

  @Test
  void labelsFollowTheGuideline() {
    for (LabeledDataset data : List.of(train, dev, extraTrain, extraDev)) {
      assertEquals(List.of("actor", "stance"), data.labelColumns());
      for (LabeledArticle article : data.articles()) {
        for (int i = 0; i < article.sentences().size(); i++) {
          LabeledSentence s = article.sentences().get(i);
          String where = s.file() + ":" + s.line();
          assertEquals(i + 1, s.sentenceNo(), where + ": sentences numbered from 1 without gaps");
          assertTrue(ACTORS.contains(s.labels().get(0)), where);
          assertTrue(STANCES.contains(s.labels().get(1)), where);
          assertTrue(!s.labels().get(0).equals("NONE") || s.labels().get(1).equals("NEUTRAL"),
              where + ": NONE is always NEUTRAL");
        }
      }
    }
  }

  @Test
  void splitIsByArticleAndNoSentenceRepeats() {
    Set<String> trainIds = new HashSet<>();
    List.of(train, extraTrain).forEach(data -> data.articles().forEach(a -> trainIds.add(a.id())));
    for (LabeledDataset data : List.of(dev, extraDev)) {
      data.articles().forEach(a -> assertTrue(!trainIds.contains(a.id()), a.id() + " is in train and dev"));
    }
    Map<String, String> seen = new HashMap<>();
    for (LabeledDataset data : List.of(train, dev, extraTrain, extraDev)) {
      for (LabeledArticle article : data.articles()) {
        for (LabeledSentence s : article.sentences()) {
          String earlier = seen.putIfAbsent(s.text(), s.file() + ":" + s.line());
          boolean pageFurniture = s.labels().get(0).equals("NONE") && s.text().split(" ").length < 10;
          assertTrue(earlier == null || pageFurniture, s.file() + ":" + s.line() + " repeats " + earlier
              + " (only short NONE page furniture such as 'Share this article' may repeat)");
        }
      }
    }
  }

  @Test
  void coverageOfActorsAndStances() {
    int total = train.sentenceCount() + dev.sentenceCount();
    assertTrue(total >= 3000, "at least 3,000 sentences: " + total);
    assertTrue(train.articles().size() + dev.articles().size() >= 200, "at least 200 articles");
    Map<String, Integer> actors = new HashMap<>();
    Map<String, Integer> pairs = new HashMap<>();
    for (LabeledDataset data : List.of(train, dev)) {
      for (LabeledArticle article : data.articles()) {
        for (LabeledSentence s : article.sentences()) {
          actors.merge(s.labels().get(0), 1, Integer::sum);
          pairs.merge(s.labels().get(0) + "/" + s.labels().get(1), 1, Integer::sum);
        }
      }
    }
    for (String actor : ACTORS) {
      double share = actors.getOrDefault(actor, 0) / (double) total;
      double floor = Set.of("RUSSIA", "TURKEY", "SYRIA", "NONE").contains(actor) ? 0.10 : 0.05;
      assertTrue(share >= floor, actor + " has " + share + " of sentences, below " + floor);
      if (!actor.equals("NONE")) {
        for (String stance : STANCES) {
          assertTrue(pairs.getOrDefault(actor + "/" + stance, 0) >= 5, actor + "/" + stance + " is rare");
        }
      }
    }
  }
}
