package org.stance.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits article text into sentences with OpenNLP's sentence detector, after cutting scraped text into
 * blocks at line breaks. Page furniture (menus, "Subscribe", captions, lone headings, a line in another
 * script) sits on lines of its own, so each line is split on its own and can never swallow its neighbours.
 * A line that breaks mid-sentence (hard-wrapped text: no end punctuation, next line starts in lower case)
 * is joined to the next. Sentences longer than {@link #MAX_SENTENCE_CHARS} are cut at spaces.
 *
 * <p>Thread-safe: each thread gets its own detector over the shared model.
 */
public final class SentenceSplitter {
  /** Longest sentence handed on; a 1 MB line without punctuation becomes many sentences, not one. */
  public static final int MAX_SENTENCE_CHARS = 1_000;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200D\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private final ThreadLocal<SentenceDetectorME> detector;

  public SentenceSplitter(SentenceModel model) {
    this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
  }

  /** A splitter for English with the bundled OpenNLP model. */
  public static SentenceSplitter english() {
    return new SentenceSplitter(OpenNlpModels.englishSentences());
  }

  public List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    for (String block : blocks(text)) {
      for (String sentence : detector.get().sentDetect(block)) {
        addCapped(sentence.strip(), sentences);
      }
    }
    return sentences;
  }

  /** Lines of the text with whitespace collapsed, hard-wrapped lines joined, blank lines dropped. */
  static List<String> blocks(String text) {
    String clean = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String rawLine : clean.split("\n")) {
      String line = SPACES.matcher(rawLine).replaceAll(" ").strip();
      if (line.isEmpty()) {
        flush(current, blocks);
        continue;
      }
      if (current.length() > 0 && !continues(current, line)) {
        flush(current, blocks);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
    }
    flush(current, blocks);
    return blocks;
  }

  private static boolean continues(CharSequence previous, String line) {
    char last = previous.charAt(previous.length() - 1);
    boolean previousOpen = Character.isLetterOrDigit(last) || last == ',' || last == ';' || last == '-';
    return previousOpen && Character.isLowerCase(line.codePointAt(0));
  }

  private static void flush(StringBuilder current, List<String> blocks) {
    if (current.length() > 0) {
      blocks.add(current.toString());
      current.setLength(0);
    }
  }

  /** Cuts at the last space before the cap (or at the cap, between code points), by index: a 1 MB line is copied once. */
  private static void addCapped(String sentence, List<String> out) {
    int start = 0;
    while (sentence.length() - start > MAX_SENTENCE_CHARS) {
      int cut = sentence.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      if (cut <= start) {
        cut = start + MAX_SENTENCE_CHARS;
        if (Character.isLowSurrogate(sentence.charAt(cut))) {
          cut--;
        }
      }
      String piece = sentence.substring(start, cut).strip();
      if (!piece.isEmpty()) {
        out.add(piece);
      }
      start = cut;
      while (start < sentence.length() && Character.isWhitespace(sentence.charAt(start))) {
        start++;
      }
    }
    if (start < sentence.length()) {
      out.add(sentence.substring(start));
    }
  }
}
