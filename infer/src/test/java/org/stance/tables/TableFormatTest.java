package org.stance.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format json: the same tables as CSV, cell for cell, as arrays of row objects. */
class TableFormatTest {
  @TempDir Path csvDir;
  @TempDir Path jsonDir;

  @Test
  void jsonTablesHoldTheSameRowsAsCsvTables() throws IOException {
    for (Path dir : List.of(csvDir, jsonDir)) {
      try (TagOutputs outputs = new TagOutputs(dir, TaggedFixtures.TASKS,
          dir == csvDir ? TableFormat.CSV : TableFormat.JSON)) {
        TaggedFixtures.fortnight().forEach(outputs);
        TaggedFixtures.two().forEach(outputs);
        outputs.finish();
        assertEquals(dir == csvDir ? "timeline.csv" : "timeline.json", outputs.fileNames().get(4));
      }
    }
    ObjectMapper mapper = new ObjectMapper();
    for (String table : List.of("sentences", "articles", "actor_stance", "sources", "timeline")) {
      List<CSVRecord> csv;
      List<String> header;
      try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().build()
          .parse(Files.newBufferedReader(csvDir.resolve(table + ".csv")))) {
        csv = parser.getRecords();
        header = parser.getHeaderNames();
      }
      JsonNode json = mapper.readTree(jsonDir.resolve(table + ".json").toFile());
      assertTrue(json.isArray(), table);
      assertEquals(csv.size(), json.size(), table + ": rows");
      assertTrue(csv.size() > 0, table);
      for (int r = 0; r < csv.size(); r++) {
        JsonNode row = json.get(r);
        List<String> keys = new ArrayList<>();
        row.fieldNames().forEachRemaining(keys::add);
        assertEquals(header, keys, table + ": columns in order");
        for (String column : keys) {
          assertSameValue(csv.get(r).get(column), row.get(column), table + " row " + r + " " + column);
        }
      }
    }
  }

  @Test
  void jsonNumbersAreNumbersAndUnreadableDaysNull() throws IOException {
    try (TagOutputs outputs = new TagOutputs(jsonDir, TaggedFixtures.TASKS, TableFormat.JSON)) {
      TaggedFixtures.fortnight().forEach(outputs);
      outputs.finish();
    }
    JsonNode articles = new ObjectMapper().readTree(jsonDir.resolve("articles.json").toFile());
    assertTrue(articles.get(0).get("sentences").isInt());
    assertTrue(articles.get(0).get("RUSSIA_CONFRONTATIONAL_share").isDouble());
    assertEquals("2020-02-27", articles.get(0).get("day").asText());
    assertTrue(articles.get(5).get("day").isNull(), "'last Tuesday' is no day");
    assertEquals("last Tuesday", articles.get(5).get("date").asText());
    List<String> lines = Files.readAllLines(jsonDir.resolve("articles.json"));
    assertEquals(1 + 7 + 1, lines.size(), "one row a line between the brackets");
  }

  @Test
  void anEmptyRunGivesEmptyJsonArrays() throws IOException {
    try (TagOutputs outputs = new TagOutputs(jsonDir, TaggedFixtures.TASKS, TableFormat.JSON)) {
      outputs.finish();
    }
    JsonNode sentences = new ObjectMapper().readTree(jsonDir.resolve("sentences.json").toFile());
    assertTrue(sentences.isArray() && sentences.isEmpty());
    assertEquals(9, new ObjectMapper().readTree(jsonDir.resolve("actor_stance.json").toFile()).size());
  }

  @Test
  void aFailedJsonRunLeavesNoFiles() throws IOException {
    try (TagOutputs outputs = new TagOutputs(jsonDir, TaggedFixtures.TASKS, TableFormat.JSON)) {
      outputs.accept(TaggedFixtures.two().get(0));
      throw new UncheckedIOException(new IOException("disk full"));
    } catch (UncheckedIOException expected) {
      // the run failed before finish()
    }
    try (Stream<Path> files = Files.list(jsonDir)) {
      assertEquals(List.of(), files.toList());
    }
  }

  private static void assertSameValue(String csv, JsonNode json, String where) {
    if (json.isNull()) {
      assertEquals("", csv, where);
    } else if (json.isNumber()) {
      assertEquals(Double.parseDouble(csv), json.asDouble(), 0.0, where);
    } else {
      assertTrue(json.isTextual(), where);
      assertEquals(csv, json.asText(), where);
    }
  }
}
