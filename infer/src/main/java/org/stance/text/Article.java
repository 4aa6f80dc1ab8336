package org.stance.text;

import java.util.Objects;

/**
 * One input article. {@code title}, {@code source} and {@code date} are optional metadata (empty when
 * unknown) carried through to the summary tables.
 */
public record Article(String id, String text, String title, String source, String date) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
    source = source == null ? "" : source;
    date = date == null ? "" : date;
  }

  public static Article of(String id, String text) {
    return new Article(id, text, "", "", "");
  }
}
