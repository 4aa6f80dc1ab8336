package org.stance.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Map;

/** Small pieces of HTML; every text goes through Guava's HTML escaper. */
final class Html {
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();
  /** Tables this short are shown open. */
  private static final int OPEN_ROWS = 30;

  private Html() {}

  static String text(String text) {
    return ESCAPER.escape(text == null ? "" : text);
  }

  /** An element with escaped text content and no attributes. */
  static String element(String tag, String text) {
    return "<" + tag + ">" + text(text) + "</" + tag + ">";
  }

  /**
   * A table in a {@code <details>} element, collapsed unless short: its first {@code maxRows} rows, the
   * number of all in the summary line.
   */
  static String table(RowTable table, int maxRows) {
    List<Map<String, String>> rows = table.rows();
    StringBuilder html = new StringBuilder(rows.size() <= OPEN_ROWS ? "<details open>" : "<details>")
        .append("<summary>").append(text(table.name())).append(" (")
        .append(rows.size()).append(rows.size() == 1 ? " row" : " rows");
    if (rows.size() > maxRows) {
      html.append(", the first ").append(maxRows).append(" shown");
    }
    html.append(")</summary>\n<div class=\"scroll\"><table>\n<thead><tr>");
    table.columns().forEach(column -> html.append(element("th", column)));
    html.append("</tr></thead>\n<tbody>\n");
    for (Map<String, String> row : rows.subList(0, Math.min(maxRows, rows.size()))) {
      html.append("<tr>");
      table.columns().forEach(column -> html.append(element("td", row.get(column))));
      html.append("</tr>\n");
    }
    return html.append("</tbody></table></div></details>\n").toString();
  }
}
