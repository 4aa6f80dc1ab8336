package org.stance.tables;

import java.io.IOException;
import java.io.OutputStream;
import tech.tablesaw.api.Table;

/** CSV through {@link CsvTables}: the header with the first rows. */
final class CsvTableWriter implements TableWriter {
  private final OutputStream out;
  private boolean headerWritten;

  CsvTableWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void append(Table rows) throws IOException {
    CsvTables.append(rows, out, !headerWritten);
    headerWritten = true;
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
