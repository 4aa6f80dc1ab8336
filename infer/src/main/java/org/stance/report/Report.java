package org.stance.report;

import java.io.IOException;
import java.nio.file.Path;
import org.stance.io.AtomicFiles;

/**
 * Writes the HTML report on a directory of tables {@code stance tag} wrote (CSV or JSON): one
 * self-contained file that opens offline. What {@code stance report DIR} and {@code tag --report} run.
 */
public final class Report {
  public static final String FILE = "report.html";
  /** Most confident sentences shown per label pair by default. */
  public static final int DEFAULT_TOP = 3;

  private Report() {}

  /**
   * @param dir the tables
   * @param out the HTML file, written atomically
   * @param top most confident sentences per label pair
   * @throws org.stance.io.InputException when a table is missing or malformed (the message names it)
   */
  public static void write(Path dir, Path out, int top) throws IOException {
    ReportData data = ReportData.read(dir, top);
    AtomicFiles.writeString(out, new ReportPage(data).html(PlotlyLibrary.source()));
  }
}
