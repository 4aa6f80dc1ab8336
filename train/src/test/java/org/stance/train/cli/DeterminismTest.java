package org.stance.train.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stance.train.cli.Cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stance.cli.ExitCodes;
import org.stance.model.ModelBundle;
import org.stance.model.Prediction;
import org.stance.text.Article;
import org.stance.text.ArticleReader;
import org.stance.train.TestData;
import org.stance.train.data.LabeledDataset;
import org.stance.train.eval.Evaluator;

/**
 * Same data and seed, same model: training twice gives the same predictions and byte-identical tables; and
 * tagging with several threads writes the same tables as with one.
 */
class DeterminismTest {
  @TempDir static Path shared;
  /** The example articles repeated with fresh ids: several of the tagger's batches. */
  static Path manyArticles;
  static long sentences;

  @BeforeAll
  static void writeInput() throws IOException {
    manyArticles = shared.resolve("many.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<Article> examples;
    try (Stream<Article> articles = ArticleReader.read(List.of(TestData.root().resolve("datasets/examples")))) {
      examples = articles.toList();
    }
    try (BufferedWriter out = Files.newBufferedWriter(manyArticles)) {
      for (int copy = 0; copy < 40; copy++) {
        for (Article article : examples) {
          Map<String, String> line = new LinkedHashMap<>();
          line.put("id", article.id() + "-" + copy);
          line.put("text", article.text());
          line.put("source", article.source());
          line.put("date", article.date());
          out.write(json.writeValueAsString(line));
          out.newLine();
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"maxent", "neural"})
  void theSameSeedGivesTheSameModel(String algorithm, @TempDir Path dir) throws IOException {
    Path first = train(algorithm, dir.resolve("first.zip"));
    Path second = train(algorithm, dir.resolve("second.zip"));
    LabeledDataset data = TestData.smallTrain();
    List<Prediction> predicted = Evaluator.predict(ModelBundle.load(first), data);
    assertEquals(predicted, Evaluator.predict(ModelBundle.load(second), data), "probabilities to the last bit");
    Path examples = TestData.root().resolve("datasets/examples");
    assertSameFiles(tag(first, dir.resolve("tables-first"), 1, examples),
        tag(second, dir.resolve("tables-second"), 1, examples));
  }

  @ParameterizedTest
  @ValueSource(strings = {"maxent", "neural"})
  void threadsWriteTheSameTablesAsOne(String algorithm, @TempDir Path dir) throws IOException {
    Path model = train(algorithm, dir.resolve("model.zip"));
    Path one = tag(model, dir.resolve("one"), 1, manyArticles);
    Path three = tag(model, dir.resolve("three"), 3, manyArticles);
    assertSameFiles(one, three);
    long rows = Files.lines(one.resolve("sentences.csv")).count() - 1;
    assertTrue(rows > 3 * 2048, "several batches: " + rows);
  }

  private static Path train(String algorithm, Path model) {
    List<String> args = List.of("train", "--data", TestData.smallTrainFile().toString(), "--model", model.toString(),
        "--seed", "7", "--algorithm", algorithm);
    Cli.Run run = run(Stream.concat(args.stream(), algorithm.equals("neural")
        ? Stream.of("--sentence-encoder", "none", "--epochs", "2") : Stream.of()).toArray(String[]::new));
    assertEquals(ExitCodes.OK, run.code(), run.err());
    return model;
  }

  private static Path tag(Path model, Path out, int threads, Path input) {
    Cli.Run run = run("tag", "--model", model.toString(), "--out", out.toString(), "--threads",
        Integer.toString(threads), input.toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    return out;
  }

  /** The same file names with the same bytes. */
  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    List<String> names = names(expected);
    assertEquals(5, names.size(), names.toString());
    assertEquals(names, names(actual));
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)), name);
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
