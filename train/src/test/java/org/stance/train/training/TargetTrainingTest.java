package org.stance.train.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stance.features.SentenceEncoder;
import org.stance.train.TestData;
import org.stance.train.data.LabeledCsvReader;
import org.stance.train.data.LabeledDataset;
import org.stance.tagging.TaggedArticle;
import org.stance.tagging.Tagger;
import org.stance.text.Article;
import org.stance.text.SentenceSplitter;
import org.stance.train.eval.Evaluator;

/**
 * Text + target data where the text alone cannot tell the label: every body appears once with a headline
 * on its own topic (related) and with headlines on the others (unrelated). Only a model that reads the
 * pair beats the majority share of 5/6.
 */
class TargetTrainingTest {
  private static final String[][] TOPICS = {
      {"meteorite", "crater", "Managua"}, {"spider", "tourist", "stomach"}, {"Apple", "streaming", "HBO"},
      {"glacier", "Greenland", "melt"}, {"vaccine", "trial", "Lagos"}, {"bridge", "collapse", "Genoa"}};

  @TempDir Path dir;

  private Path pairs(String name, String headlinePattern) {
    List<String> lines = new ArrayList<>();
    lines.add("article_id,sentence_no,text,target,relation");
    int id = 0;
    for (int body = 0; body < TOPICS.length; body++) {
      String[] words = TOPICS[body];
      String text = "Reports said the " + words[0] + " story from " + words[2] + " involved a " + words[1]
          + ". Officials gave no further details.";
      for (int head = 0; head < TOPICS.length; head++) {
        String[] h = TOPICS[head];
        String headline = String.format(headlinePattern, h[0], h[1], h[2]);
        lines.add("p" + id++ + ",1,\"" + text + "\"," + headline + "," + (head == body ? "related" : "unrelated"));
      }
    }
    return TestData.write(dir, name, lines.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"neural", "maxent"})
  void theModelReadsTheTextAgainstItsTarget(String algorithm) {
    LabeledDataset train = LabeledCsvReader.read(pairs("train.csv", "%s and %s seen in %s"));
    LabeledDataset test = LabeledCsvReader.read(pairs("test.csv", "%3$s: the %2$s %1$s"));
    TrainingOptions options = TrainingOptions.defaults().withAlgorithm(algorithm)
        .withFeatures(TrainingOptions.defaults().features().withSentenceEncoder(SentenceEncoder.NONE))
        .withEpochs(40);
    ModelTraining.Result result = ModelTraining.run(train, null, options, line -> { });
    assertTrue(result.model().featureSettings().target(), "target data switches target features on");
    double accuracy = Evaluator.evaluate(result.model(), test).task("relation").accuracy();
    assertEquals(1.0, accuracy, 1e-9, "headlines reworded: only the overlap with the body tells");
  }

  @Test
  void taggingReadsEachSentenceAgainstTheArticlesTarget() {
    LabeledDataset train = LabeledCsvReader.read(pairs("train.csv", "%s and %s seen in %s"));
    TrainingOptions options = TrainingOptions.defaults().withAlgorithm("maxent");
    Tagger tagger = new Tagger(ModelTraining.run(train, null, options, line -> { }).model(),
        SentenceSplitter.english());
    String text = "Reports said the glacier story from melt involved a Greenland.";
    assertEquals("related", relation(tagger.tag(new Article("a", text, "", "", "", "Greenland glacier melt"))));
    assertEquals("unrelated", relation(tagger.tag(new Article("b", text, "", "", "", "spider in tourist stomach"))));
  }

  private static String relation(TaggedArticle article) {
    return article.sentences().get(0).prediction().label("relation").value();
  }
}
