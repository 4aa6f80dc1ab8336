package org.stance.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.stance.io.InputException;

/**
 * Whatever bytes an article file holds, reading it gives articles or the documented {@link InputException}
 * naming the file: never another exception, never a hang. Sentence splitting of any text keeps its promises.
 */
class ArticleReaderPropertiesTest {
  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("stance-reader-properties");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Property(tries = 150)
  void anyBytesReadAsArticlesOrRefused(@ForAll @Size(max = 600) byte[] bytes,
      @ForAll("extensions") String extension, @ForAll("encodings") TextEncoding encoding) throws IOException {
    Path file = Files.write(dir.resolve("random" + extension), bytes);
    readsOrRefuses(file, encoding);
  }

  @Property(tries = 250)
  void jsonLikeLinesReadAsArticlesOrRefused(@ForAll("jsonLike") String text) throws IOException {
    Path file = Files.write(dir.resolve("lines.jsonl"), text.getBytes(StandardCharsets.UTF_8));
    readsOrRefuses(file, TextEncoding.DETECT);
  }

  @Property(tries = 150)
  void sentencesAreNeverBlankNorLongerThanTheCap(@ForAll("texts") String text) {
    List<String> sentences = SentenceSplitter.english().split(text);
    for (String sentence : sentences) {
      assertFalse(sentence.isBlank());
      assertTrue(sentence.length() <= SentenceSplitter.MAX_SENTENCE_CHARS, "length " + sentence.length());
      assertTrue(sentence.equals(sentence.strip()), "stripped");
    }
  }

  private static void readsOrRefuses(Path file, TextEncoding encoding) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try (Stream<Article> articles = ArticleReader.read(List.of(file), encoding)) {
        articles.forEach(article -> {
          assertFalse(article.id().isBlank());
          assertFalse(article.text().isBlank());
        });
      } catch (InputException refused) {
        assertTrue(refused.getMessage().startsWith(file + ":"), "names the file: " + refused.getMessage());
      }
    });
  }

  @Provide
  Arbitrary<String> extensions() {
    return Arbitraries.of(".txt", ".jsonl");
  }

  @Provide
  Arbitrary<TextEncoding> encodings() {
    return Arbitraries.of(TextEncoding.DETECT, TextEncoding.named(StandardCharsets.UTF_16),
        TextEncoding.named(Charset.forName("windows-1252")));
  }

  /** Pieces of JSON lines, so that many are nearly right. */
  @Provide
  Arbitrary<String> jsonLike() {
    return Arbitraries.of("{", "}", "[", "]", "\"id\"", "\"text\"", "\"target\"", "\"date\"", ":", ",", "\"a\"",
        "\"Turkey sent troops.\"", "1", "-1e999", "null", "true", "\n", "\r\n", " ", "\uFEFF", "\\u0000", "\\",
        "\"", "\u00e9", "\uD83D\uDE00")
        .list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.strings().withChars("abc XYZ.!?\n\r\t\u00a0\u200b\u0000-,;\"'")
        .ofMaxLength(40);
    Arbitrary<String> unbroken = Arbitraries.strings().withChars("ab").ofMinLength(900).ofMaxLength(2500);
    return Arbitraries.oneOf(words.list().ofMaxSize(60).map(pieces -> String.join("", pieces)),
        Arbitraries.strings().ofMaxLength(3000), unbroken);
  }
}
