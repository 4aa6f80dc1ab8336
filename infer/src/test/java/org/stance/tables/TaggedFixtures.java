package org.stance.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stance.model.Label;
import org.stance.model.Prediction;
import org.stance.model.Task;
import org.stance.tagging.TaggedArticle;
import org.stance.tagging.TaggedSentence;
import org.stance.text.Article;

/** Tagged articles built by hand, so table figures can be checked against counts done on paper. */
final class TaggedFixtures {
  static final List<Task> TASKS = List.of(
      new Task("actor", List.of("RUSSIA", "TURKEY", "NONE")),
      new Task("stance", List.of("COOPERATIVE", "CONFRONTATIONAL", "NEUTRAL")));

  private TaggedFixtures() {}

  /** Each label pair is "ACTOR/STANCE". */
  static TaggedArticle article(String id, String source, String... pairs) {
    List<TaggedSentence> sentences = new ArrayList<>();
    for (int i = 0; i < pairs.length; i++) {
      String[] labels = pairs[i].split("/");
      Map<String, Label> byTask = new LinkedHashMap<>();
      byTask.put("actor", new Label(labels[0], 0.9));
      byTask.put("stance", new Label(labels[1], 0.61234));
      sentences.add(new TaggedSentence(i + 1, id + " sentence, \"" + (i + 1) + "\"", new Prediction(byTask)));
    }
    return new TaggedArticle(new Article(id, "text", "Title " + id, source, "2020-03-0" + pairs.length),
        sentences);
  }

  static List<TaggedArticle> two() {
    return List.of(
        article("a1", "TASS", "RUSSIA/CONFRONTATIONAL", "RUSSIA/COOPERATIVE", "NONE/NEUTRAL", "RUSSIA/CONFRONTATIONAL"),
        article("a2", "Anadolu", "TURKEY/CONFRONTATIONAL", "NONE/NEUTRAL"));
  }
}
