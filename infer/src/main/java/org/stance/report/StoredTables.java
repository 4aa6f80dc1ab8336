package org.stance.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.stance.io.InputException;
import org.stance.tables.TableFormat;
import org.stance.tables.TagOutputs;

/**
 * The tables {@code tag} wrote into a directory, in CSV or JSON (CSV when both are there). The label
 * columns are read from the sentence table's header ({@code actor, actor_prob, stance, stance_prob}), so
 * a model with other label names, or one label column, is reported on as well. A missing table is an
 * {@link InputException} naming the file.
 */
final class StoredTables {
  private final Path dir;
  private final TableFormat format;
  private final List<String> labelColumns;

  private StoredTables(Path dir, TableFormat format, List<String> labelColumns) {
    this.dir = dir;
    this.format = format;
    this.labelColumns = List.copyOf(labelColumns);
  }

  static StoredTables in(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw InputException.at(dir, 0, Files.exists(dir) ? "not a directory" : "no such directory");
    }
    boolean jsonOnly = Files.exists(dir.resolve(TableFormat.JSON.fileName(TagOutputs.SENTENCES)))
        && !Files.exists(dir.resolve(TableFormat.CSV.fileName(TagOutputs.SENTENCES)));
    TableFormat format = jsonOnly ? TableFormat.JSON : TableFormat.CSV;
    Path sentences = existing(dir.resolve(format.fileName(TagOutputs.SENTENCES)));
    List<String> header = TableRows.header(sentences, format);
    List<String> labels = new ArrayList<>();
    for (int i = header.indexOf("text") + 1; i + 1 < header.size(); i += 2) {
      if (header.get(i + 1).equals(header.get(i) + "_prob")) {
        labels.add(header.get(i));
      }
    }
    if (header.indexOf("text") < 0 || labels.isEmpty()) {
      throw InputException.at(sentences, 0, header.isEmpty() ? "no sentences to report on"
          : "not a sentence table of stance tag: no label columns after 'text'");
    }
    StoredTables tables = new StoredTables(dir, format, labels);
    for (String table : tables.names()) {
      existing(tables.file(table));
    }
    return tables;
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw InputException.at(file, 0, "no such file (the tables come from: stance tag --out "
          + file.getParent() + " ...)");
    }
    return file;
  }

  Path dir() {
    return dir;
  }

  TableFormat format() {
    return format;
  }

  /** The label columns in model order: the first plays the actor's part, the second the stance's. */
  List<String> labelColumns() {
    return labelColumns;
  }

  /** The cross table's name: {@code actor_stance}, or the one label column's name. */
  String crossName() {
    return labelColumns.size() > 1 ? labelColumns.get(0) + "_" + labelColumns.get(1) : labelColumns.get(0);
  }

  List<String> names() {
    return List.of(TagOutputs.SENTENCES, TagOutputs.ARTICLES, crossName(), TagOutputs.SOURCES, TagOutputs.TIMELINE);
  }

  Path file(String table) {
    return dir.resolve(format.fileName(table));
  }

  RowTable read(String table) {
    return TableRows.read(file(table), format);
  }

  void forEachRow(String table, Consumer<Map<String, String>> row) {
    TableRows.forEach(file(table), format, row);
  }
}
