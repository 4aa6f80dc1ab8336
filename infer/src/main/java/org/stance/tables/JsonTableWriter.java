package org.stance.tables;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * JSON through Jackson's streaming generator: one array of row objects ({@code [{"article_id": "a1",
 * ...}, ...]}), one row a line, keys in column order. Numbers are JSON numbers, dates ISO strings, and
 * a missing number or date (an unreadable {@code day}) is {@code null}.
 */
final class JsonTableWriter implements TableWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final JsonGenerator json;
  private boolean started;

  JsonTableWriter(OutputStream out) throws IOException {
    this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8).setPrettyPrinter(new RowPerLine());
  }

  @Override
  public void append(Table rows) throws IOException {
    start();
    for (int r = 0; r < rows.rowCount(); r++) {
      json.writeStartObject();
      for (Column<?> column : rows.columns()) {
        json.writeFieldName(column.name());
        writeValue(column, r);
      }
      json.writeEndObject();
    }
  }

  private void writeValue(Column<?> column, int row) throws IOException {
    if (column instanceof StringColumn strings) {
      json.writeString(strings.get(row));
    } else if (column.isMissing(row)) {
      json.writeNull();
    } else if (column instanceof NumericColumn<?> numbers) {
      Number value = (Number) numbers.get(row);
      if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        json.writeNumber(value.longValue());
      } else {
        json.writeNumber(value.doubleValue());
      }
    } else if (column instanceof DateColumn dates) {
      json.writeString(dates.get(row).toString());
    } else {
      throw new IllegalArgumentException("no JSON form for column " + column.name() + " of type " + column.type());
    }
  }

  private void start() throws IOException {
    if (!started) {
      json.writeStartArray();
      started = true;
    }
  }

  @Override
  public void finish() throws IOException {
    start();
    json.writeEndArray();
    json.writeRaw('\n');
    json.flush();
  }

  /** Rows one a line, so the file reads and diffs well; no other whitespace. */
  private static final class RowPerLine extends MinimalPrettyPrinter {
    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw("[\n");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(",\n");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      g.writeRaw(nrOfValues == 0 ? "]" : "\n]");
    }
  }
}
