package org.stance.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats tables are written in: {@code csv} (the default) or {@code json}. */
public enum TableFormat {
  /** UTF-8 CSV with a header, RFC 4180 quoting. */
  CSV,
  /** UTF-8 JSON: an array of row objects, one row a line. */
  JSON;

  /** The name users type and files end with: {@code csv}, {@code json}. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String fileName(String table) {
    return table + "." + extension();
  }

  public TableWriter writer(OutputStream out) throws IOException {
    return this == CSV ? new CsvTableWriter(out) : new JsonTableWriter(out);
  }

  public static Optional<TableFormat> named(String name) {
    return Arrays.stream(values()).filter(f -> f.extension().equals(name)).findFirst();
  }
}
