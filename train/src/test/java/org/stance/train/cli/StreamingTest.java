package org.stance.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stance.train.cli.Cli.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.cli.ExitCodes;
import org.stance.text.Article;
import org.stance.text.ArticleReader;
import org.stance.train.TestData;

/**
 * Tagging streams: a JSONL file as large as the tagging JVM's whole heap (40 MB; held as strings, with its
 * sentences and rows, it would take several times that) is tagged in a child JVM, and every sentence
 * reaches the sentences table. {@code stance bench-stream} runs the same at 1 GB with -Xmx512m.
 */
class StreamingTest {
  /** The tagging JVM's heap, and the least size of the file. */
  static final int MEGABYTES = 40;

  @Test
  void tagsAFileLargerThanTheHeap(@TempDir Path dir) throws IOException {
    Path corpus = examplesAsCorpus(dir.resolve("corpus.csv"));
    Cli.Run run = run("bench-stream", "--corpus", corpus.toString(), "--size", MEGABYTES + "m", "--heap",
        MEGABYTES + "m", "--model", tinyModel(dir).toString(), "--work", dir.resolve("work").toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    Matcher figures = Pattern.compile("\\d+ articles, (\\d+) sentences \\((\\d+) rows written\\)")
        .matcher(run.out());
    assertTrue(figures.find(), run.out());
    assertTrue(Files.size(dir.resolve("work/stream.jsonl")) >= MEGABYTES << 20, "the file is as large as the heap");
    assertEquals(figures.group(1), figures.group(2), "every sentence written: " + run.out());
    assertTrue(Files.size(dir.resolve("work/tables/sentences.csv")) > MEGABYTES << 20, "the table too");
  }

  /**
   * Maxent on the first sentences of the small training file: a model of a few thousand features, so that
   * the heap holds the tagging's batches and little else.
   */
  private static Path tinyModel(Path dir) throws IOException {
    Path data = dir.resolve("tiny.csv");
    try (Stream<String> lines = Files.lines(TestData.smallTrainFile())) {
      Files.write(data, lines.limit(80).toList());
    }
    Path model = dir.resolve("tiny.zip");
    Cli.Run run = run("train", "--data", data.toString(), "--model", model.toString(), "--algorithm", "maxent");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    return model;
  }

  /** The project's example articles as an articles CSV, as bench-stream reads FA-KES. */
  private static Path examplesAsCorpus(Path csv) throws IOException {
    try (Stream<Article> articles = ArticleReader.read(List.of(TestData.root().resolve("datasets/examples")));
        BufferedWriter out = Files.newBufferedWriter(csv);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord("article_id", "title", "text", "source", "date");
      for (Article article : articles.toList()) {
        printer.printRecord(article.id(), article.title(), article.text(), article.source(), article.date());
      }
    }
    return csv;
  }
}
