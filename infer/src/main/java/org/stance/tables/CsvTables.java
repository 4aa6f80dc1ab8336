package org.stance.tables;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.stance.io.AtomicFiles;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * Writes Tablesaw tables as UTF-8 CSV (RFC 4180 quoting, LF line ends). Values are written as they are,
 * spaces at either end included, so CSV and JSON tables hold the same text.
 */
public final class CsvTables {
  private CsvTables() {}

  public static void write(Table table, Path file) throws IOException {
    AtomicFiles.write(file, out -> append(table, out, true));
  }

  /** Appends the table's rows to an open stream, with the header line only when asked. */
  public static void append(Table table, OutputStream out, boolean header) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    table.write().csv(CsvWriteOptions.builder(new KeepOpen(writer)).header(header).lineEnd("\n")
        .ignoreLeadingWhitespaces(false).ignoreTrailingWhitespaces(false).build());
    writer.flush();
  }

  /** Tablesaw closes the writer it is given; the stream must stay open for the next rows. */
  private static final class KeepOpen extends FilterWriter {
    KeepOpen(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
