package org.stance.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stance.train.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.cli.ExitCodes;
import org.stance.model.ModelBundle;
import org.stance.train.TestData;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The stance command run in-process: train, evaluate and tag end to end, and the exit codes. */
class CommandLineTest {
  @TempDir static Path shared;
  static Path model;

  @BeforeAll
  static void trainSmallModel() {
    model = shared.resolve("model.zip");
    Cli.Run run = run("train", "--data", TestData.smallTrainFile().toString(), "--model", model.toString(),
        "--algorithm", "maxent");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.out().contains("Model written to"), run.out());
  }

  @Test
  void tagWritesThreeTablesWhoseCountsAgree(@TempDir Path out) throws IOException {
    Path examples = TestData.root().resolve("datasets/examples");
    Cli.Run run = run("tag", "--model", model.toString(), examples.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.out().contains("sentences.csv"), run.out());

    Table sentences = read(out.resolve("sentences.csv"));
    Table articles = read(out.resolve("articles.csv"));
    Table cross = read(out.resolve("actor_stance.csv"));
    assertEquals(List.of("article_id", "sentence_no", "text", "actor", "actor_prob", "stance", "stance_prob"),
        sentences.columnNames());
    long txtFiles;
    long jsonLines;
    try (var files = Files.list(examples)) {
      txtFiles = files.filter(p -> p.toString().endsWith(".txt")).count();
    }
    jsonLines = Files.readAllLines(examples.resolve("articles.jsonl")).stream().filter(l -> !l.isBlank()).count();
    assertEquals(txtFiles + jsonLines, articles.rowCount());
    Set<String> ids = sentences.stringColumn("article_id").asSet();
    assertEquals(Set.copyOf(articles.stringColumn("article_id").asList()), ids);
    assertEquals(sentences.rowCount(), (int) articles.intColumn("sentences").sum());
    assertEquals(sentences.rowCount(), (int) cross.intColumn("sentences").sum());
    assertEquals(List.of("actor", "stance", "sentences", "share_of_actor", "share_of_all"), cross.columnNames());
    for (String actor : cross.stringColumn("actor").unique()) {
      int fromSentences = sentences.where(sentences.stringColumn("actor").isEqualTo(actor)).rowCount();
      int fromArticles = (int) articles.intColumn(actor + "_sentences").sum();
      assertEquals(fromSentences, fromArticles, actor);
    }
    Set<String> sources = articles.stringColumn("source").asSet().stream()
        .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    assertTrue(sources.size() >= 3, "metadata of the JSONL articles is kept: " + sources);
  }

  @Test
  void tagWritesJsonAndTheReportThatReportWritesToo(@TempDir Path out) throws IOException {
    Path examples = TestData.root().resolve("datasets/examples");
    Cli.Run run = run("tag", "--model", model.toString(), examples.toString(), "--out", out.toString(),
        "--format", "json", "--report");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    for (String table : List.of("sentences", "articles", "actor_stance", "sources", "timeline")) {
      assertTrue(run.out().contains(table + ".json"), run.out());
      assertTrue(new ObjectMapper().readTree(out.resolve(table + ".json").toFile()).isArray(), table);
    }
    assertTrue(run.out().contains("Report written to " + out.resolve("report.html").toAbsolutePath()), run.out());
    assertTrue(run.err().contains("Left out of the timeline: 5 articles without a date."), "the .txt examples: "
        + run.err());
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("moscow-summit"), "the report names the articles");

    Path again = out.resolve("again.html");
    Cli.Run reported = run("report", out.toString(), "--out", again.toString(), "--top", "1");
    assertEquals(ExitCodes.OK, reported.code(), reported.err());
    assertTrue(Files.size(again) > 1_000_000, "plotly.js inlined");
  }

  @Test
  void reportWithoutTablesNamesTheMissingFile(@TempDir Path out) {
    Cli.Run run = run("report", out.toString());
    assertEquals(ExitCodes.INPUT, run.code());
    assertTrue(run.err().startsWith("report: " + out.resolve("sentences.csv") + ": no such file"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertEquals(ExitCodes.INPUT, run("report", out.resolve("nowhere").toString()).code());
    assertEquals(ExitCodes.USAGE, run("report", out.toString(), "--top", "0").code());
    Cli.Run format = run("tag", "--model", model.toString(), "x.txt", "--out", out.toString(), "--format", "xml");
    assertEquals(ExitCodes.USAGE, format.code());
    assertTrue(format.err().contains("unknown --format 'xml'"), format.err());
  }

  @Test
  void evaluateWritesTheDocumentedJson(@TempDir Path out) throws IOException {
    Path json = out.resolve("eval.json");
    Cli.Run run = run("evaluate", "--model", model.toString(), "--data", TestData.smallTrainFile().toString(),
        "--json", json.toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.out().contains("majority baseline"), run.out());
    JsonNode tasks = new ObjectMapper().readTree(json.toFile()).get("tasks");
    for (String task : List.of("actor", "stance")) {
      JsonNode node = tasks.get(task);
      for (String key : List.of("accuracy", "macro_f1", "majority_macro_f1", "per_class", "confusion")) {
        assertTrue(node.has(key), task + " lacks " + key);
      }
      assertTrue(node.get("macro_f1").asDouble() > node.get("majority_macro_f1").asDouble(),
          "a model beats the majority class on its own training data");
    }
    assertTrue(tasks.get("actor").get("per_class").get("SYRIA").has("support"));
    assertTrue(tasks.get("actor").get("confusion").get("SYRIA").has("TURKEY"));
  }

  @Test
  void crossValidationReportsMeanAndStd() {
    Cli.Run run = run("train", "--data", TestData.smallTrainFile().toString(), "--folds", "3", "--algorithm", "maxent");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.out().contains("3-fold cross-validation by article"), run.out());
    assertTrue(run.out().matches("(?s).*actor: accuracy \\d\\.\\d{3} ± \\d\\.\\d{3}.*"), run.out());
  }

  @Test
  void statsCountsLabelsOfTheData(@TempDir Path out) {
    Path data = TestData.write(out, "s.csv", "article_id,sentence_no,text,actor,stance",
        "a,1,Erdogan warned Moscow.,TURKEY,CONFRONTATIONAL", "a,2,He added more.,TURKEY,CONFRONTATIONAL",
        "b,1,A convoy is seen.,NONE,NEUTRAL");
    Cli.Run run = run("stats", "--data", data.toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.out().startsWith("2 articles, 3 sentences"), run.out());
    assertTrue(run.out().contains("| actor | TURKEY | 2 | 0.6667 |"), run.out());
    assertTrue(run.out().contains("| TURKEY | 2 | 0 |"), run.out());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("tag", "report", "train", "evaluate", "stats")) {
      Cli.Run run = run(command, "--help");
      assertEquals(ExitCodes.OK, run.code());
      assertTrue(run.out().contains("Usage: stance " + command), run.out());
      assertTrue(run.out().contains("Exit codes:"), run.out());
    }
    assertEquals(ExitCodes.OK, run("--help").code());
  }

  @Test
  void dropoutAndLearningRateAreRecordedInTheModel(@TempDir Path out) throws IOException {
    Path neural = out.resolve("neural.zip");
    Cli.Run run = run("train", "--data", TestData.smallTrainFile().toString(), "--model", neural.toString(),
        "--sentence-encoder", "none", "--epochs", "1", "--dropout", "0.6", "--learning-rate", "0.02");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    Map<String, Object> settings = ModelBundle.manifest(neural).provenance().trainingSettings();
    assertEquals(0.6, settings.get("dropout"));
    assertEquals(0.02, settings.get("learningRate"));
    assertEquals(ExitCodes.USAGE, run("train", "--data", TestData.smallTrainFile().toString(), "--model",
        neural.toString(), "--dropout", "1").code(), "dropping every input is refused");
    Cli.Run noSteps = run("train", "--data", TestData.smallTrainFile().toString(), "--model",
        neural.toString(), "--learning-rate", "0");
    assertEquals(ExitCodes.USAGE, noSteps.code());
    assertTrue(noSteps.err().contains("--learning-rate must be in (0, 1), not 0.0"), noSteps.err());
  }

  @Test
  void exitCodesForUserMistakesWithoutStackTraces(@TempDir Path out) throws IOException {
    Cli.Run usage = run("tag", "--no-such-option");
    assertEquals(ExitCodes.USAGE, usage.code());
    assertEquals(ExitCodes.USAGE, run("train", "--data", "x.csv").code(), "--model or --folds is required");

    Cli.Run missing = run("tag", "--model", model.toString(), "missing.txt", "--out", out.toString());
    assertEquals(ExitCodes.INPUT, missing.code());
    assertEquals("tag: missing.txt: no such file or directory\n", missing.err());

    Path bad = TestData.write(out, "bad.csv", "article_id,sentence_no,text,actor,stance", "a,1,text");
    Cli.Run ragged = run("evaluate", "--model", model.toString(), "--data", bad.toString());
    assertEquals(ExitCodes.INPUT, ragged.code());
    assertEquals("evaluate: " + bad + ":2: row has 3 fields, the header has 5\n", ragged.err());

    Path notAModel = TestData.write(out, "model.zip", "not a zip");
    Path article = TestData.write(out, "a.txt", "Turkey sent troops.");
    Cli.Run badModel = run("tag", "--model", notAModel.toString(), article.toString(), "--out", out.toString());
    assertEquals(ExitCodes.MODEL, badModel.code());
    assertTrue(badModel.err().startsWith("tag: " + notAModel + ": not a stance model"), badModel.err());
    assertFalse(badModel.err().contains("\tat "), "no stack trace");
    assertEquals(1, badModel.err().lines().count());

    Cli.Run verbose = run("tag", "--verbose", "--model", notAModel.toString(), article.toString(), "--out", out.toString());
    assertEquals(ExitCodes.MODEL, verbose.code());
    assertTrue(verbose.err().contains("\tat "), "--verbose shows the stack trace");
  }

  @Test
  void unknownLabelInEvaluationDataNamesTheLine(@TempDir Path out) {
    Path data = TestData.write(out, "odd.csv", "article_id,sentence_no,text,actor,stance",
        "a,1,Erdogan warned Moscow.,TURKEY,CONFRONTATIONAL", "a,2,Iran objected.,IRAN,CONFRONTATIONAL");
    Cli.Run run = run("evaluate", "--model", model.toString(), "--data", data.toString());
    assertEquals(ExitCodes.INPUT, run.code());
    assertTrue(run.err().startsWith("evaluate: " + data + ":3: label 'IRAN' in column 'actor'"), run.err());
  }

  private static Table read(Path file) throws IOException {
    return Table.read().csv(CsvReadOptions.builder(file.toFile()).build());
  }
}
