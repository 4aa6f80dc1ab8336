package org.stance.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stance.tables.TagOutputs;

/**
 * What the report shows, read from a directory of tables: the label columns and their labels in model
 * order, the four small tables whole, and the most confident sentences (the sentence table streams by and
 * is not kept).
 */
record ReportData(Path dir, List<String> labelColumns, List<String> actors, List<String> stances,
    RowTable cross, RowTable sources, RowTable timeline, RowTable articles, TopSentences top, long sentences) {

  static ReportData read(Path dir, int topPerPair) {
    StoredTables tables = StoredTables.in(dir);
    List<String> labels = tables.labelColumns().subList(0, Math.min(2, tables.labelColumns().size()));
    RowTable cross = tables.read(tables.crossName());
    List<String> actors = distinct(cross, labels.get(0));
    List<String> stances = labels.size() > 1 ? distinct(cross, labels.get(1)) : List.of();
    TopSentences top = new TopSentences(labels, topPerPair);
    long[] count = new long[1];
    tables.forEachRow(TagOutputs.SENTENCES, row -> {
      top.add(row);
      count[0]++;
    });
    return new ReportData(dir, labels, actors, stances, cross, tables.read(TagOutputs.SOURCES),
        tables.read(TagOutputs.TIMELINE), tables.read(TagOutputs.ARTICLES), top, count[0]);
  }

  private static List<String> distinct(RowTable table, String column) {
    return table.rows().stream().map(row -> row.get(column)).distinct().toList();
  }

  boolean crossed() {
    return !stances.isEmpty();
  }

  String actorColumn() {
    return labelColumns.get(0);
  }

  String stanceColumn() {
    return crossed() ? labelColumns.get(1) : null;
  }

  /** Articles by id, for the titles and sources of the top sentences. */
  Map<String, Map<String, String>> articlesById() {
    return articles.rows().stream().collect(Collectors.toMap(row -> row.get("article_id"), Function.identity(),
        (a, b) -> a));
  }
}
