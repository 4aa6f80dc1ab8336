package org.stance.report;

import java.util.List;
import java.util.Map;

/** A small table read whole: its file name, column names and rows (column name to value as text). */
record RowTable(String name, List<String> columns, List<Map<String, String>> rows) {
  RowTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
