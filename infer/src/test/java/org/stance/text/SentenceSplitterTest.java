package org.stance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = SentenceSplitter.english();

  @Test
  void splitsProseIntoSentences() {
    List<String> sentences = splitter.split(
        "Erdogan warned Damascus on Tuesday. He added that Turkey would respond. The Kremlin declined to comment.");
    assertEquals(List.of("Erdogan warned Damascus on Tuesday.", "He added that Turkey would respond.",
        "The Kremlin declined to comment."), sentences);
  }

  @Test
  void pageFurnitureStaysOnItsOwnLines() {
    String page = String.join("\n",
        "Home | World | Middle East | Opinion",
        "Turkey sends reinforcements to Idlib",
        "",
        "ANKARA, Feb 10 (Reuters) - Turkey sent more troops to Idlib on Monday. The move angered Damascus.",
        "Turkish military vehicles near Saraqib. (AA Photo)",
        "Subscribe",
        "\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629 | \u0623\u062e\u0628\u0627\u0631",
        "Share this article");
    List<String> sentences = splitter.split(page);
    assertEquals(List.of(
        "Home | World | Middle East | Opinion",
        "Turkey sends reinforcements to Idlib",
        "ANKARA, Feb 10 (Reuters) - Turkey sent more troops to Idlib on Monday.",
        "The move angered Damascus.",
        "Turkish military vehicles near Saraqib.",
        "(AA Photo)",
        "Subscribe",
        "\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629 | \u0623\u062e\u0628\u0627\u0631",
        "Share this article"), sentences);
  }

  @Test
  void joinsHardWrappedLinesAndHandlesCrlf() {
    String text = "Russia said the talks in Moscow\r\nwould continue next week.\r\nTurkey agreed.\r\n";
    assertEquals(List.of("Russia said the talks in Moscow would continue next week.", "Turkey agreed."),
        splitter.split(text));
  }

  @Test
  void dropsControlCharactersAndBlankText() {
    assertEquals(List.of(), splitter.split(" \n\t\n\u0000\uFEFF "));
    assertEquals(List.of("Syria denied it."), splitter.split("\uFEFFSyria\u0007 denied it."));
  }

  @Test
  void capsAnUnpunctuatedLine() {
    String line = "word ".repeat(2_000).strip();
    List<String> sentences = splitter.split(line);
    assertTrue(sentences.size() >= 10, "cut into pieces: " + sentences.size());
    for (String sentence : sentences) {
      assertTrue(sentence.length() <= SentenceSplitter.MAX_SENTENCE_CHARS);
    }
    assertEquals(line.replace(" ", ""), String.join("", sentences).replace(" ", ""));
  }
}
