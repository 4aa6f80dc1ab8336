package org.stance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stance.tagging.TaggedArticle;
import org.stance.tagging.Tagger;
import org.stance.text.Article;
import org.stance.text.SentenceSplitter;
import org.stance.train.data.LabeledCsvReader;
import org.stance.train.eval.Evaluation;
import org.stance.train.eval.Evaluator;
import org.stance.train.eval.TaskEvaluation;

/** The model this build bundles: present, complete, and better than the majority class on real news. */
class DefaultModelTest {
  @Test
  void bundledModelLoadsWithActorAndStance() {
    assertTrue(DefaultModel.available());
    StanceModel model = DefaultModel.load();
    assertEquals(List.of("actor", "stance"), model.tasks().stream().map(Task::name).toList());
    assertEquals(List.of("NONE", "OTHER", "RUSSIA", "SYRIA", "TURKEY", "USA"), model.tasks().get(0).labels());
    Manifest manifest = ModelBundle.manifest(DefaultModel.file());
    assertEquals(42, manifest.provenance().seed());
  }

  @Test
  void tagsAnArticleWithTheSpeakersItQuotes() {
    Tagger tagger = new Tagger(DefaultModel.load(), SentenceSplitter.english());
    TaggedArticle tagged = tagger.tag(Article.of("t", "Russian Foreign Minister Sergey Lavrov said on Monday that"
        + " Moscow would continue working with Ankara on Idlib. Turkish President Recep Tayyip Erdogan warned that"
        + " Turkey would strike Syrian government forces anywhere if its soldiers were harmed."));
    assertEquals(2, tagged.sentences().size());
    assertEquals("RUSSIA", tagged.sentences().get(0).prediction().label("actor").value());
    assertEquals("TURKEY", tagged.sentences().get(1).prediction().label("actor").value());
  }

  @Test
  void beatsTheMajorityClassOnRealNews() {
    Path dev = Path.of(System.getProperty("stance.shared", "../../shared"), "datasets/idlib-real/dev.csv");
    assumeTrue(Files.isRegularFile(dev), "../shared is not beside the project");
    Evaluation evaluation = Evaluator.evaluate(DefaultModel.load(), LabeledCsvReader.read(dev));
    for (TaskEvaluation task : evaluation.tasks()) {
      assertTrue(task.macroF1() > 2 * task.majorityBaseline().macroF1(), task.task() + ": " + evaluation);
    }
  }
}
