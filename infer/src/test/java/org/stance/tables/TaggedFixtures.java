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
public final class TaggedFixtures {
  public static final List<Task> TASKS = List.of(
      new Task("actor", List.of("RUSSIA", "TURKEY", "NONE")),
      new Task("stance", List.of("COOPERATIVE", "CONFRONTATIONAL", "NEUTRAL")));

  private TaggedFixtures() {}

  /** Each label pair is "ACTOR/STANCE"; the date is 2020-03-0N for N sentences. */
  static TaggedArticle article(String id, String source, String... pairs) {
    return dated(id, source, "2020-03-0" + pairs.length, pairs);
  }

  /**
   * Each label pair is "ACTOR/STANCE" or "ACTOR/STANCE/P" with P the stance's probability (default
   * 0.61234; the actor's is 0.9). Sentence texts are {@code <id> sentence, "<n>"}.
   */
  public static TaggedArticle dated(String id, String source, String date, String... pairs) {
    List<TaggedSentence> sentences = new ArrayList<>();
    for (int i = 0; i < pairs.length; i++) {
      sentences.add(sentence(i + 1, id + " sentence, \"" + (i + 1) + "\"", pairs[i]));
    }
    return new TaggedArticle(new Article(id, "text", "Title " + id, source, date), sentences);
  }

  public static TaggedSentence sentence(int no, String text, String pair) {
    String[] labels = pair.split("/");
    Map<String, Label> byTask = new LinkedHashMap<>();
    byTask.put("actor", new Label(labels[0], 0.9));
    byTask.put("stance", new Label(labels[1], labels.length > 2 ? Double.parseDouble(labels[2]) : 0.61234));
    return new TaggedSentence(no, text, new Prediction(byTask));
  }

  static List<TaggedArticle> two() {
    return List.of(
        article("a1", "TASS", "RUSSIA/CONFRONTATIONAL", "RUSSIA/COOPERATIVE", "NONE/NEUTRAL", "RUSSIA/CONFRONTATIONAL"),
        article("a2", "Anadolu", "TURKEY/CONFRONTATIONAL", "NONE/NEUTRAL"));
  }

  /**
   * Seven articles over two weeks that meet at a month's end (Mon 2020-02-24 to Sun 2020-03-08), in
   * several date forms, from three sources and none, with one unreadable and one missing date.
   */
  public static List<TaggedArticle> fortnight() {
    return List.of(
        dated("f1", "TASS", "2020-02-27", "RUSSIA/CONFRONTATIONAL/0.8", "RUSSIA/COOPERATIVE/0.7", "NONE/NEUTRAL"),
        dated("f2", "Anadolu", "2/29/2020", "TURKEY/CONFRONTATIONAL/0.95", "TURKEY/CONFRONTATIONAL/0.6"),
        dated("f3", "TASS", "Sun, 01 Mar 2020 09:30:00 GMT", "TURKEY/COOPERATIVE/0.5", "RUSSIA/NEUTRAL/0.4"),
        dated("f4", "Anadolu", "March 2, 2020", "TURKEY/COOPERATIVE/0.9", "NONE/NEUTRAL"),
        dated("f5", " ", "2020-03-02T23:10:00+03:00", "RUSSIA/COOPERATIVE/0.85"),
        dated("f6", "Reuters", "last Tuesday", "TURKEY/NEUTRAL/0.5", "NONE/NEUTRAL"),
        dated("f7", "Reuters", "", "RUSSIA/CONFRONTATIONAL/0.99"));
  }
}
