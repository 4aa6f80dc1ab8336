package org.stance.tables;

import java.io.IOException;
import tech.tablesaw.api.Table;

/**
 * Writes one table to a stream in parts: rows arrive as Tablesaw tables with the same columns, each
 * appended after the last, so a table larger than memory can be written. The stream stays the caller's,
 * to close after {@link #finish()}.
 */
public interface TableWriter {
  /** Appends rows (possibly none); the first call also writes the header, if the format has one. */
  void append(Table rows) throws IOException;

  /** Ends the document and flushes. */
  void finish() throws IOException;
}
