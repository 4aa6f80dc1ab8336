package org.stance.train.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stance.io.InputException;

/**
 * The records of a CSV file with the line each starts on (a quoted field may span lines), blank lines
 * skipped. Reading goes on from wherever the parser stands, so a caller can read the header itself.
 */
final class CsvRows implements Iterable<CsvRows.Row> {
  record Row(long line, CSVRecord record) {
    /** Fails naming the file and line when the row does not have {@code width} fields. */
    void requireWidth(Path file, int width) {
      if (record.size() != width) {
        throw InputException.at(file, line, "row has " + record.size() + " fields, the header has " + width);
      }
    }
  }

  private final CSVParser parser;

  CsvRows(CSVParser parser) {
    this.parser = parser;
  }

  /** Header names as written, without surrounding spaces or a byte-order mark. */
  static List<String> names(CSVRecord record) {
    List<String> names = new ArrayList<>();
    for (String name : record) {
      names.add(name.strip().replace("\uFEFF", ""));
    }
    return names;
  }

  @Override
  public Iterator<Row> iterator() {
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      private long nextLine = parser.getCurrentLineNumber() + 1;
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null && records.hasNext()) {
          CSVRecord record = records.next();
          long line = nextLine;
          nextLine = parser.getCurrentLineNumber() + 1;
          if (!(record.size() == 1 && record.get(0).isBlank())) {
            next = new Row(line, record);
          }
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
      }
    };
  }
}
