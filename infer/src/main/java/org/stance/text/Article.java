package org.stance.text;

import java.util.Objects;

/**
 * One input article. {@code title}, {@code source} and {@code date} are optional metadata (empty when
 * unknown) carried through to the summary tables; {@code target} is what a target-conditioned model reads
 * every sentence against (a claim, a headline, a topic; empty for models without targets).
 */
public record Article(String id, String text, String title, String source, String date, String target) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
    source = source == null ? "" : source;
    date = date == null ? "" : date;
    target = target == null ? "" : target;
  }

  public Article(String id, String text, String title, String source, String date) {
    this(id, text, title, source, date, "");
  }

  public static Article of(String id, String text) {
    return new Article(id, text, "", "", "");
  }
}
