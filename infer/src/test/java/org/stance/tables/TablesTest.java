package org.stance.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

class TablesTest {
  @TempDir Path dir;

  @Test
  void sentenceTableHasOneRowPerSentenceWithLabelsAndProbabilities() {
    Table table = SentenceTable.of(TaggedFixtures.two(), TaggedFixtures.TASKS);
    assertEquals(List.of("article_id", "sentence_no", "text", "actor", "actor_prob", "stance", "stance_prob"),
        table.columnNames());
    assertEquals(6, table.rowCount());
    assertEquals("a2", table.stringColumn("article_id").get(4));
    assertEquals(1, table.intColumn("sentence_no").get(4));
    assertEquals("TURKEY", table.stringColumn("actor").get(4));
    assertEquals(0.6123, table.doubleColumn("stance_prob").get(0));
  }

  @Test
  void articleTableCountsActorsAndStanceSharesPerArticle() {
    Table table = ArticleTable.of(TaggedFixtures.two(), TaggedFixtures.TASKS);
    assertEquals(List.of("article_id", "title", "source", "date", "day", "sentences",
        "RUSSIA_sentences", "TURKEY_sentences", "NONE_sentences"), table.columnNames().subList(0, 9));
    assertEquals(9 + 9, table.columnCount());
    assertEquals(LocalDate.of(2020, 3, 4), table.dateColumn("day").get(0));
    assertEquals(4, table.intColumn("sentences").get(0));
    assertEquals(3, table.intColumn("RUSSIA_sentences").get(0));
    assertEquals(1, table.intColumn("NONE_sentences").get(0));
    assertEquals(0.6667, table.doubleColumn("RUSSIA_CONFRONTATIONAL_share").get(0));
    assertEquals(0.3333, table.doubleColumn("RUSSIA_COOPERATIVE_share").get(0));
    assertEquals(0.0, table.doubleColumn("TURKEY_CONFRONTATIONAL_share").get(0), "no Turkish sentence");
    assertEquals(1.0, table.doubleColumn("TURKEY_CONFRONTATIONAL_share").get(1));
    assertEquals("Anadolu", table.stringColumn("source").get(1));
  }

  @Test
  void crossTableCountsEveryPairOverAllInput() {
    LabelCounts counts = new LabelCounts(TaggedFixtures.TASKS);
    TaggedFixtures.two().forEach(a -> a.sentences().forEach(s -> counts.add(s.prediction())));
    Table table = CrossTable.of(counts);
    assertEquals(List.of("actor", "stance", "sentences", "share_of_actor", "share_of_all"), table.columnNames());
    assertEquals(9, table.rowCount(), "3 actors x 3 stances, zeros included");
    assertEquals(6, table.intColumn("sentences").sum(), 0.0);
    Table russiaConfrontational = table.where(table.stringColumn("actor").isEqualTo("RUSSIA")
        .and(table.stringColumn("stance").isEqualTo("CONFRONTATIONAL")));
    assertEquals(2, russiaConfrontational.intColumn("sentences").get(0));
    assertEquals(0.6667, russiaConfrontational.doubleColumn("share_of_actor").get(0));
    assertEquals(0.3333, russiaConfrontational.doubleColumn("share_of_all").get(0));
    assertEquals("actor_stance.csv", CrossTable.fileName(TaggedFixtures.TASKS));
  }

  @Test
  void tagOutputsWriteConsistentTables() throws IOException {
    try (TagOutputs outputs = new TagOutputs(dir, TaggedFixtures.TASKS)) {
      TaggedFixtures.two().forEach(outputs);
      outputs.finish();
    }
    Table sentences = read("sentences.csv");
    Table articles = read("articles.csv");
    Table cross = read("actor_stance.csv");
    assertEquals(6, sentences.rowCount());
    assertEquals("a1 sentence, \"2\"", sentences.stringColumn("text").get(1), "quoting survives a round trip");
    assertEquals(2, articles.rowCount());
    assertEquals(sentences.rowCount(), (int) articles.intColumn("sentences").sum());
    assertEquals(sentences.rowCount(), (int) cross.intColumn("sentences").sum());
    assertNoTemporaryFiles();
  }

  @Test
  void aFailedRunLeavesEarlierTablesIntact() throws IOException {
    Files.writeString(dir.resolve("sentences.csv"), "earlier\n");
    try (TagOutputs outputs = new TagOutputs(dir, TaggedFixtures.TASKS)) {
      outputs.accept(TaggedFixtures.two().get(0));
      throw new UncheckedIOException(new IOException("disk full"));
    } catch (UncheckedIOException expected) {
      // the run failed before finish()
    }
    assertEquals("earlier\n", Files.readString(dir.resolve("sentences.csv")));
    assertFalse(Files.exists(dir.resolve("articles.csv")));
    assertNoTemporaryFiles();
  }

  @Test
  void unknownTaskNameIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> TaggedFixtures.two().get(0).sentences().get(0).prediction().label("topic"));
  }

  private Table read(String name) throws IOException {
    return Table.read().csv(CsvReadOptions.builder(dir.resolve(name).toFile()).build());
  }

  private void assertNoTemporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
  }
}
