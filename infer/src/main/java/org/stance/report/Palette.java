package org.stance.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Colors for labels, the same in every chart. Actors (the first label column) take Tableau 10 colors in
 * label order. Stances (the second) whose names say which way they lean take green (cooperative, support,
 * favor ...), red (confrontational, against ...) or grey (neutral, none ...); other stance names take the
 * remaining colors in label order, so a color never suggests a meaning the label does not have.
 */
final class Palette {
  private static final List<String> ACTORS = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
      "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");
  private static final String GREEN = "#59a14f";
  private static final String RED = "#e15759";
  private static final String GREY = "#a0a0a0";
  private static final List<String> OTHER_STANCES = List.of("#4e79a7", "#f28e2b", "#b07aa1", "#edc948",
      "#76b7b2", "#ff9da7", "#9c755f");
  private static final Map<String, String> LEANING = Map.ofEntries(
      Map.entry("cooperative", GREEN), Map.entry("support", GREEN), Map.entry("favor", GREEN),
      Map.entry("agree", GREEN), Map.entry("positive", GREEN), Map.entry("pro", GREEN),
      Map.entry("confrontational", RED), Map.entry("against", RED), Map.entry("oppose", RED),
      Map.entry("disagree", RED), Map.entry("negative", RED), Map.entry("con", RED),
      Map.entry("neutral", GREY), Map.entry("none", GREY), Map.entry("discuss", GREY), Map.entry("unrelated", GREY));

  private Palette() {}

  static String actor(int index) {
    return ACTORS.get(index % ACTORS.size());
  }

  /** The color of {@code stances.get(index)}. */
  static String stance(List<String> stances, int index) {
    String leaning = LEANING.get(stances.get(index).toLowerCase(Locale.ROOT));
    if (leaning != null) {
      return leaning;
    }
    int other = 0;
    for (int i = 0; i < index; i++) {
      if (!LEANING.containsKey(stances.get(i).toLowerCase(Locale.ROOT))) {
        other++;
      }
    }
    return OTHER_STANCES.get(other % OTHER_STANCES.size());
  }
}
