package org.stance.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stance.io.InputException;
import org.stance.tables.TableFormat;

/**
 * Reads a table {@code tag} wrote, row by row, whatever its format: each row a map from column name to
 * the value as text (a JSON {@code null} as ""). Rows stream, so a sentence table larger than memory can
 * be read. A malformed file is an {@link InputException} naming it.
 */
final class TableRows {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().build();

  private TableRows() {}

  /** Calls {@code row} for every row in file order and returns the column names. */
  static List<String> forEach(Path file, TableFormat format, Consumer<Map<String, String>> row) {
    try {
      return format == TableFormat.CSV ? csv(file, row) : json(file, row);
    } catch (IOException | UncheckedIOException | IllegalStateException | NumberFormatException e) {
      throw InputException.at(file, 0, "cannot read the table: " + e.getMessage());
    }
  }

  /** The column names: the CSV header, or the keys of the first JSON row (none when there is no row). */
  static List<String> header(Path file, TableFormat format) {
    try {
      if (format == TableFormat.CSV) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            CSVParser parser = CSV.parse(reader)) {
          return List.copyOf(parser.getHeaderNames());
        }
      }
      try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          throw InputException.at(file, 0, "not a JSON array of rows");
        }
        List<String> columns = new ArrayList<>();
        if (parser.nextToken() == JsonToken.START_OBJECT) {
          JsonNode first = parser.readValueAsTree();
          first.properties().forEach(field -> columns.add(field.getKey()));
        }
        return columns;
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw InputException.at(file, 0, "cannot read the table: " + e.getMessage());
    }
  }

  /** All rows of a (small) table. */
  static RowTable read(Path file, TableFormat format) {
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> columns = forEach(file, format, rows::add);
    return new RowTable(file.getFileName().toString(), columns, rows);
  }

  private static List<String> csv(Path file, Consumer<Map<String, String>> row) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSV.parse(reader)) {
      List<String> columns = parser.getHeaderNames();
      for (CSVRecord record : parser) {
        if (record.size() != columns.size()) {
          throw InputException.at(file, parser.getCurrentLineNumber(),
              "row has " + record.size() + " fields, the header has " + columns.size());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          values.put(columns.get(i), record.get(i));
        }
        row.accept(values);
      }
      return columns;
    }
  }

  private static List<String> json(Path file, Consumer<Map<String, String>> row) throws IOException {
    List<String> columns = new ArrayList<>();
    try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw InputException.at(file, 0, "not a JSON array of rows");
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        JsonNode node = parser.readValueAsTree();
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          values.put(field.getKey(), field.getValue().isNull() ? "" : field.getValue().asText());
        }
        if (columns.isEmpty()) {
          columns.addAll(values.keySet());
        }
        row.accept(values);
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        throw InputException.at(file, parser.currentLocation().getLineNr(), "expected a row object");
      }
    }
    return columns;
  }
}
