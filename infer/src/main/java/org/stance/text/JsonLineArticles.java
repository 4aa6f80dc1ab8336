package org.stance.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.stance.io.InputException;

/**
 * The articles of one JSONL file, one a line, read as they are asked for. Blank lines are skipped; every
 * other line must be a JSON object with {@code id} and {@code text}. Errors name the file and line.
 */
final class JsonLineArticles implements Iterator<Article>, Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Charset charset;
  private final UniqueIds ids;
  private final BufferedReader reader;
  private long lineNo;
  private long articles;
  private Article next;

  JsonLineArticles(Path file, Charset charset, UniqueIds ids) {
    this.file = file;
    this.charset = charset;
    this.ids = ids;
    try {
      this.reader = Files.newBufferedReader(file, charset);
    } catch (IOException e) {
      throw InputException.at(file, 0, "cannot read: " + e.getMessage());
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      String line = readLine();
      if (line == null) {
        if (articles == 0) {
          throw InputException.at(file, 0, ArticleReader.EMPTY);
        }
        return false;
      }
      if (lineNo == 1) {
        line = TextEncoding.stripBom(line);
      }
      if (!line.isBlank()) {
        next = parse(line);
        ids.add(next.id(), file, lineNo);
        articles++;
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

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private String readLine() {
    try {
      String line = reader.readLine();
      lineNo++;
      return line;
    } catch (CharacterCodingException e) {
      throw TextEncoding.notValid(file, lineNo + 1, charset);
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
