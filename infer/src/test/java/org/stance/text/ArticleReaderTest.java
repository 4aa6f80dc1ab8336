package org.stance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.io.InputException;

class ArticleReaderTest {
  @TempDir Path dir;

  private List<Article> readAll(Path... inputs) {
    try (Stream<Article> articles = ArticleReader.read(List.of(inputs))) {
      return articles.toList();
    }
  }

  @Test
  void readsTextJsonLinesAndDirectories() throws IOException {
    Files.writeString(dir.resolve("b-article.txt"), "\uFEFFHeadline\n\nBody.");
    Files.writeString(dir.resolve("a.jsonl"),
        "{\"id\":\"x1\",\"text\":\"One.\",\"title\":\"T\",\"source\":\"TASS\",\"date\":\"2020-03-05\"}\n\n"
            + "{\"id\":\"x2\",\"text\":\"Two.\"}\n");
    Files.writeString(dir.resolve("ignored.csv"), "not an article");
    List<Article> articles = readAll(dir);
    assertEquals(List.of("x1", "x2", "b-article"), articles.stream().map(Article::id).toList());
    assertEquals(new Article("x1", "One.", "T", "TASS", "2020-03-05"), articles.get(0));
    assertEquals("Headline\n\nBody.", articles.get(2).text());
  }

  @Test
  void namesTheFileAndLineOfABadJsonLine() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\": \"b\", \"text\": \n");
    InputException e = assertThrows(InputException.class, () -> readAll(file));
    assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
  }

  @Test
  void requiresIdAndText() throws IOException {
    Path file = dir.resolve("missing.jsonl");
    Files.writeString(file, "{\"id\":\"a\"}\n");
    InputException e = assertThrows(InputException.class, () -> readAll(file));
    assertEquals(file + ":1: missing field 'text'", e.getMessage());
  }

  @Test
  void rejectsMissingPathsEmptyDirectoriesAndDuplicateIds() throws IOException {
    Path missing = dir.resolve("nope.txt");
    assertEquals(missing + ": no such file or directory",
        assertThrows(InputException.class, () -> readAll(missing)).getMessage());
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertTrue(assertThrows(InputException.class, () -> readAll(empty)).getMessage()
        .contains("holds no articles (.txt, .jsonl)"));
    Path twice = dir.resolve("twice.jsonl");
    Files.writeString(twice, "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"a\",\"text\":\"y\"}\n");
    assertEquals(twice + ":3: article id 'a' appears twice in the input",
        assertThrows(InputException.class, () -> readAll(twice)).getMessage());
    Path once = dir.resolve("once.jsonl");
    Files.writeString(once, "{\"id\":\"a\",\"text\":\"x\"}\n");
    Path text = dir.resolve("a.txt");
    Files.writeString(text, "Also a.");
    assertEquals(text + ": article id 'a' appears twice in the input", readAllMessage(once, text));
  }

  @Test
  void refusesEmptyFilesUpFrontAndBlankOnesWhenRead() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    assertEquals(empty + ": empty file: no text to tag",
        assertThrows(InputException.class, () -> ArticleReader.files(List.of(empty))).getMessage());
    Path blank = dir.resolve("blank.txt");
    Files.writeString(blank, " \r\n\t\n");
    assertEquals(blank + ": empty file: no text to tag", readAllMessage(blank));
    Path blankLines = dir.resolve("blank.jsonl");
    Files.writeString(blankLines, "\n  \n");
    assertEquals(blankLines + ": empty file: no text to tag", readAllMessage(blankLines));
  }

  @Test
  void readsEveryFileInANamedEncoding() throws IOException {
    Path text = dir.resolve("utf16.txt");
    Files.write(text, "Caf\u00e9 in Idlib.".getBytes(StandardCharsets.UTF_16));
    Path lines = dir.resolve("latin.jsonl");
    Files.write(lines, "{\"id\":\"b\",\"text\":\"na\u00efve\"}\n".getBytes(StandardCharsets.ISO_8859_1));
    try (Stream<Article> articles = ArticleReader.read(List.of(text), TextEncoding.named(StandardCharsets.UTF_16))) {
      assertEquals("Caf\u00e9 in Idlib.", articles.findFirst().orElseThrow().text(), "not taken for binary");
    }
    try (Stream<Article> articles = ArticleReader.read(List.of(lines), TextEncoding.named(StandardCharsets.ISO_8859_1))) {
      assertEquals("na\u00efve", articles.findFirst().orElseThrow().text());
    }
    Path undefined = dir.resolve("undefined.txt");
    Files.write(undefined, new byte[] {'a', (byte) 0x81, 'b'}); // 0x81 has no character in Windows-1252
    try (Stream<Article> articles = ArticleReader.read(List.of(undefined),
        TextEncoding.named(Charset.forName("windows-1252")))) {
      assertEquals(undefined + ": not valid windows-1252 text",
          assertThrows(InputException.class, articles::toList).getMessage());
    }
  }

  private String readAllMessage(Path... inputs) {
    return assertThrows(InputException.class, () -> readAll(inputs)).getMessage();
  }

  @Test
  void readsWindows1252TextThatIsNotUtf8() throws IOException {
    Path file = dir.resolve("cp1252.txt");
    Files.write(file, "Assad said \u201cno\u201d \u2013 caf\u00e9".getBytes(Charset.forName("windows-1252")));
    assertEquals("Assad said \u201cno\u201d \u2013 caf\u00e9", readAll(file).get(0).text());
  }

  @Test
  void refusesBinaryFilesAndJsonLinesThatAreNotUtf8() throws IOException {
    Path binary = dir.resolve("image.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertEquals(binary + ": binary file, not text",
        assertThrows(InputException.class, () -> readAll(binary)).getMessage());
    Path jsonl = dir.resolve("latin.jsonl");
    Files.write(jsonl, "{\"id\":\"a\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(jsonl + ":1: not valid UTF-8 text",
        assertThrows(InputException.class, () -> readAll(jsonl)).getMessage());
  }
}
