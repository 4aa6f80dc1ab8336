package org.stance.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.stance.io.InputException;
import org.stance.io.InputFiles;

/**
 * Reads articles from the paths a user names: a {@code .txt} file is one article (its id is the file name
 * without extension), a {@code .jsonl} file holds one article a line ({@code id}, {@code text}, optional
 * {@code title}, {@code source}, {@code date}, {@code target}), and a directory contributes its {@code .txt}
 * and {@code .jsonl} files in name order. Bytes become text as {@link TextEncoding} says. Articles are read
 * one at a time as they are asked for, so input larger than memory streams; an empty file, a missing field
 * or an id seen before fails naming the file and line.
 */
public final class ArticleReader {
  static final String EMPTY = "empty file: no text to tag";

  private ArticleReader() {}

  /**
   * The files the inputs stand for, checked up front (missing, unreadable, empty) so a typo fails before
   * any work is done.
   */
  public static List<Path> files(List<Path> inputs) {
    List<Path> files = InputFiles.expand(inputs, List.of(".txt", ".jsonl"), "articles");
    for (Path file : files) {
      if (size(file) == 0) {
        throw InputException.at(file, 0, EMPTY);
      }
    }
    return files;
  }

  /** All articles of the inputs, in order, with the encoding detected. */
  public static Stream<Article> read(List<Path> inputs) {
    return read(inputs, TextEncoding.DETECT);
  }

  /** All articles of the inputs, in order; ids must be unique across them. Close the stream when done. */
  public static Stream<Article> read(List<Path> inputs, TextEncoding encoding) {
    FileArticles articles = new FileArticles(files(inputs), encoding);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(articles, Spliterator.ORDERED), false)
        .onClose(articles::close);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw InputException.at(file, 0, "cannot read: " + e.getMessage());
    }
  }

  /**
   * The articles of the files one after the other, each file opened only when the one before is done. (Not
   * {@code Stream.flatMap}, whose iterator reads a whole inner stream, here a whole JSONL file, at once.)
   */
  private static final class FileArticles implements Iterator<Article> {
    private final Iterator<Path> files;
    private final TextEncoding encoding;
    private final UniqueIds ids = new UniqueIds();
    private Iterator<Article> current = List.<Article>of().iterator();

    FileArticles(List<Path> files, TextEncoding encoding) {
      this.files = files.iterator();
      this.encoding = encoding;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        close();
        if (!files.hasNext()) {
          return false;
        }
        current = open(files.next());
      }
      return true;
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    private Iterator<Article> open(Path file) {
      String name = file.getFileName().toString();
      if (name.endsWith(".jsonl")) {
        return new JsonLineArticles(file, encoding.jsonLines(), ids);
      }
      String id = name.substring(0, name.length() - ".txt".length());
      String text = encoding.decode(file, readBytes(file));
      if (text.isBlank()) {
        throw InputException.at(file, 0, EMPTY);
      }
      ids.add(id, file, 0);
      return List.of(Article.of(id, text)).iterator();
    }

    private static byte[] readBytes(Path file) {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw InputException.at(file, 0, "cannot read: " + e.getMessage());
      }
    }

    void close() {
      if (current instanceof Closeable closeable) {
        try {
          closeable.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      current = List.<Article>of().iterator();
    }
  }
}
