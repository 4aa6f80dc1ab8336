package org.stance.train.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stance.train.data.LabeledArticle;
import org.stance.train.data.LabeledDataset;
import org.stance.train.data.LabeledSentence;

class Fnc1StorySplitTest {
  /**
   * Ten stories: story s has two headlines and two bodies, all four pairs related; every headline is also
   * paired, unrelated, with the first body of the next story.
   */
  private static LabeledDataset stories() {
    List<LabeledArticle> articles = new ArrayList<>();
    for (int s = 0; s < 10; s++) {
      for (int h = 0; h < 2; h++) {
        for (int b = 0; b < 2; b++) {
          articles.add(pair(articles.size(), "headline " + s + "." + h, "body " + s + "." + b, "discuss"));
        }
        articles.add(pair(articles.size(), "headline " + s + "." + h, "body " + (s + 1) % 10 + ".0", "unrelated"));
      }
    }
    return new LabeledDataset(List.of("stance"), articles, "sha");
  }

  private static LabeledArticle pair(int id, String headline, String body, String stance) {
    return new LabeledArticle("p" + id,
        List.of(new LabeledSentence("p" + id, 1, body, headline, List.of(stance), "stances.csv", id + 2)));
  }

  private static Set<String> texts(LabeledDataset data, boolean headlines) {
    return data.articles().stream().map(a -> a.sentences().get(0))
        .map(p -> headlines ? p.target() : p.text()).collect(Collectors.toSet());
  }

  @Test
  void noHeadlineOrBodyIsOnBothSides() {
    Fnc1StorySplit split = Fnc1StorySplit.of(stories(), 0.2, 42);
    for (boolean headlines : new boolean[] {true, false}) {
      Set<String> shared = new HashSet<>(texts(split.train(), headlines));
      shared.retainAll(texts(split.dev(), headlines));
      assertTrue(shared.isEmpty(), "on both sides: " + shared);
    }
    // two whole stories of ten hold 20% of the related pairs
    assertEquals(8, split.dev().articles().stream()
        .filter(a -> !a.sentences().get(0).labels().get(0).equals("unrelated")).count());
    assertEquals(60, split.train().sentenceCount() + split.dev().sentenceCount() + split.leftOut());
    assertTrue(split.leftOut() > 0, "an unrelated pair joins a held-out story to a kept one");
  }

  @Test
  void theSeedChoosesTheStories() {
    LabeledDataset data = stories();
    assertEquals(texts(Fnc1StorySplit.of(data, 0.2, 1).dev(), true),
        texts(Fnc1StorySplit.of(data, 0.2, 1).dev(), true));
    boolean differs = false;
    for (long seed = 2; seed < 12 && !differs; seed++) {
      differs = !texts(Fnc1StorySplit.of(data, 0.2, 1).dev(), true)
          .equals(texts(Fnc1StorySplit.of(data, 0.2, seed).dev(), true));
    }
    assertTrue(differs, "another seed holds out other stories");
  }

  @Test
  void unrelatedPairsDoNotJoinStories() {
    // were unrelated pairs joining, the ten stories would be one, and all of it dev or train
    Fnc1StorySplit split = Fnc1StorySplit.of(stories(), 0.2, 42);
    assertFalse(split.train().articles().isEmpty());
    assertFalse(split.dev().articles().isEmpty());
  }

  @Test
  void refusesAShareOutsideTheUnitInterval() {
    assertThrows(IllegalArgumentException.class, () -> Fnc1StorySplit.of(stories(), 1.0, 42));
    assertThrows(IllegalArgumentException.class, () -> Fnc1StorySplit.of(stories(), 0.0, 42));
  }
}
