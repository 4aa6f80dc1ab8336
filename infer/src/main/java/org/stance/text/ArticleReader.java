package org.stance.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.stance.io.InputException;
import org.stance.io.InputFiles;

/**
 * Reads articles from the paths a user names: a {@code .txt} file is one article (its id is the file name
 * without extension), a {@code .jsonl} file holds one article a line ({@code id}, {@code text}, optional
 * {@code title}, {@code source}, {@code date}, {@code target}; UTF-8, as JSON must be), and a directory contributes its {@code .txt} and
 * {@code .jsonl} files in name order. Articles are read lazily, so input larger than memory streams.
 */
public final class ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The files the inputs stand for, checked up front so a typo fails before any work is done. */
  public static List<Path> files(List<Path> inputs) {
    return InputFiles.expand(inputs, List.of(".txt", ".jsonl"), "articles");
  }

  /** All articles of the inputs, in order; ids must be unique across them. */
  public static Stream<Article> read(List<Path> inputs) {
    Set<String> seen = new HashSet<>();
    return files(inputs).stream()
        .flatMap(ArticleReader::readFile)
        .peek(article -> {
          if (!seen.add(article.id())) {
            throw new InputException("article id '" + article.id() + "' appears twice in the input");
          }
        });
  }

  static Stream<Article> readFile(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".jsonl")) {
      return readJsonLines(file);
    }
    String id = name.substring(0, name.length() - ".txt".length());
    return Stream.of(Article.of(id, readText(file)));
  }

  /**
   * A text file's content: UTF-8 when it decodes as UTF-8, else Windows-1252 (the encoding of many
   * scraped news archives, FA-KES among them). A file with NUL bytes is binary and refused.
   */
  private static String readText(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw InputException.at(file, 0, "cannot read: " + e.getMessage());
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        throw InputException.at(file, 0, "binary file, not text");
      }
    }
    try {
      return stripBom(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  private static Stream<Article> readJsonLines(Path file) {
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw InputException.at(file, 0, "cannot read: " + e.getMessage());
    }
    Iterator<Article> articles = new JsonLineIterator(file, reader);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(articles, Spliterator.ORDERED), false)
        .onClose(() -> {
          try {
            reader.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static final class JsonLineIterator implements Iterator<Article> {
    private final Path file;
    private final BufferedReader reader;
    private long lineNo;
    private Article next;

    JsonLineIterator(Path file, BufferedReader reader) {
      this.file = file;
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        String line = readLine();
        if (line == null) {
          return false;
        }
        if (lineNo == 1) {
          line = stripBom(line);
        }
        if (!line.isBlank()) {
          next = parse(line);
        }
      }
      return true;
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Article article = next;
      next = null;
      return article;
    }

    private String readLine() {
      try {
        String line = reader.readLine();
        lineNo++;
        return line;
      } catch (CharacterCodingException e) {
        throw InputException.at(file, lineNo + 1, "not valid UTF-8 text");
      } catch (IOException e) {
        throw InputException.at(file, lineNo + 1, "cannot read: " + e.getMessage());
      }
    }

    private Article parse(String line) {
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw InputException.at(file, lineNo, "not a JSON object: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        throw InputException.at(file, lineNo, "not a JSON object");
      }
      return new Article(required(node, "id"), required(node, "text"),
          optional(node, "title"), optional(node, "source"), optional(node, "date"),
          optional(node, "target"));
    }

    private String required(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank()) {
        throw InputException.at(file, lineNo, "missing field '" + field + "'");
      }
      return value.asText();
    }

    private static String optional(JsonNode node, String field) {
      JsonNode value = node.get(field);
      return value == null || value.isNull() ? "" : value.asText();
    }
  }
}
