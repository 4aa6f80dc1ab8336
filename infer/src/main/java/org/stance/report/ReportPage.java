package org.stance.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stance.tables.TimelineTable;

/**
 * Lays out the report as one HTML page: summary, charts, most confident sentences, tables. plotly.js is
 * inlined in the head; the figures follow as HTML-safe JSON in a {@code <script type="application/json">}
 * element that a few lines of script hand to plotly. No element loads anything from elsewhere.
 */
final class ReportPage {
  /** System fonts only: nothing is downloaded. */
  static final String FONTS = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";
  static final String PLOTLY_ID = "plotly-js";
  static final String FIGURES_ID = "stance-figures";
  /** Chart elements' ids are the figures' ids after this, so they never meet a section's id. */
  static final String CHART_PREFIX = "chart-";
  private static final int TABLE_ROWS = 1000;
  private static final int ARTICLE_ROWS = 200;

  private final ReportData data;
  private final List<Figure> figures;

  ReportPage(ReportData data) {
    this.data = data;
    this.figures = new Charts(data).all();
  }

  String html(String plotly) {
    StringBuilder html = new StringBuilder(plotly.length() + 200_000);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(Html.element("title", "stance report: " + data.dir().toAbsolutePath().normalize().getFileName()))
        .append("\n<style>\n").append(style()).append("</style>\n")
        .append("<script id=\"").append(PLOTLY_ID).append("\">").append(plotly).append("</script>\n")
        .append("</head>\n<body>\n");
    summary(html);
    section(html, "share", "Share of voice", "share-by-source", "share-by-article");
    section(html, "stance", Html.text(Charts.capitalized(data.crossed() ? data.stanceColumn() : data.actorColumn())),
        "stance-by-actor");
    if (data.timeline().rows().isEmpty()) {
      html.append("<section id=\"timeline\"><h2>Timeline</h2><p class=\"note\">No article has a readable date,"
          + " so there is no timeline.</p></section>\n");
    } else {
      section(html, "timeline", "Timeline", "timeline", "stance-over-time");
    }
    sentences(html);
    tables(html);
    ObjectNode byId = JsonNodeFactory.instance.objectNode();
    figures.forEach(figure -> byId.set(figure.id(), figure.plot()));
    html.append("<script type=\"application/json\" id=\"").append(FIGURES_ID).append("\">")
        .append(ScriptJson.write(byId)).append("</script>\n")
        .append("<script>\n").append(render()).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private void summary(StringBuilder html) {
    List<String> days = data.timeline().rows().stream().filter(row -> row.get("period").equals(TimelineTable.DAY))
        .map(row -> row.get("period_start")).sorted().toList();
    long sources = data.sources().rows().stream().map(row -> row.get("source")).distinct().count();
    String dates = days.isEmpty() ? "no readable dates"
        : "dated " + days.get(0) + " to " + days.get(days.size() - 1);
    html.append("<header>\n<h1>stance report</h1>\n<p class=\"lead\">")
        .append(Html.text(String.format(Locale.ROOT, "%s: %d articles, %d sentences, %d sources, %s.",
            data.dir().toAbsolutePath().normalize(), data.articles().rows().size(), data.sentences(), sources, dates)))
        .append("</p>\n<nav><a href=\"#share\">Share of voice</a> <a href=\"#stance\">")
        .append(Html.text(Charts.capitalized(data.crossed() ? data.stanceColumn() : data.actorColumn())))
        .append("</a> <a href=\"#timeline\">Timeline</a> <a href=\"#sentences\">Most confident sentences</a>"
            + " <a href=\"#tables\">Tables</a></nav>\n</header>\n");
  }

  private void section(StringBuilder html, String id, String headingHtml, String... figureIds) {
    html.append("<section id=\"").append(id).append("\">\n<h2>").append(headingHtml).append("</h2>\n");
    for (String figureId : figureIds) {
      figures.stream().filter(f -> f.id().equals(figureId)).findFirst().ifPresent(figure ->
          html.append(Html.element("h3", figure.title())).append('\n')
              .append(Html.element("p", figure.caption())).append('\n')
              .append("<div class=\"chart\" id=\"").append(CHART_PREFIX).append(figure.id())
              .append("\"></div>\n"));
    }
    html.append("</section>\n");
  }

  private void sentences(StringBuilder html) {
    html.append("<section id=\"sentences\">\n<h2>Most confident sentences</h2>\n")
        .append(Html.element("p", "For each " + String.join(" x ", data.labelColumns())
            + ", the sentences the model is surest of (the product of the label probabilities)."))
        .append('\n');
    Map<String, Map<String, String>> articles = data.articlesById();
    for (String actor : data.actors()) {
      for (String stance : data.crossed() ? data.stances() : List.of("")) {
        List<String> pair = data.crossed() ? List.of(actor, stance) : List.of(actor);
        List<TopSentences.Sentence> top = data.top().of(pair);
        html.append("<h3>").append(Html.text(String.join(" · ", pair))).append("</h3>\n");
        if (top.isEmpty()) {
          html.append("<p class=\"note\">No sentence.</p>\n");
          continue;
        }
        html.append("<ol class=\"sentences\">\n");
        for (TopSentences.Sentence sentence : top) {
          Map<String, String> article = articles.getOrDefault(sentence.articleId(), Map.of());
          List<String> meta = new ArrayList<>(List.of(String.format(Locale.ROOT, "confidence %.2f",
              sentence.confidence()), sentence.articleId() + ", sentence " + sentence.sentenceNo()));
          for (String field : List.of("title", "source")) {
            if (!article.getOrDefault(field, "").isBlank()) {
              meta.add(article.get(field));
            }
          }
          html.append("<li><blockquote>").append(Html.text(sentence.text())).append("</blockquote><p class=\"meta\">")
              .append(Html.text(String.join(" · ", meta))).append("</p></li>\n");
        }
        html.append("</ol>\n");
      }
    }
    html.append("</section>\n");
  }

  private void tables(StringBuilder html) {
    html.append("<section id=\"tables\">\n<h2>Tables</h2>\n")
        .append(Html.element("p", "The tables in " + data.dir().toAbsolutePath().normalize()
            + " (the sentence table is left out; long tables are cut here, never in the files)."))
        .append('\n')
        .append(Html.table(data.cross(), TABLE_ROWS)).append(Html.table(data.sources(), TABLE_ROWS))
        .append(Html.table(data.timeline(), TABLE_ROWS)).append(Html.table(data.articles(), ARTICLE_ROWS))
        .append("</section>\n");
  }

  private static String render() {
    return "const figures = JSON.parse(document.getElementById('" + FIGURES_ID + "').textContent);\n"
        + "for (const [id, figure] of Object.entries(figures)) {\n"
        + "  Plotly.newPlot('" + CHART_PREFIX + "' + id, figure.data, figure.layout,\n"
        + "      {displaylogo: false, responsive: true});\n"
        + "}\n";
  }

  private static String style() {
    return "body { font-family: " + FONTS + "; margin: 0 auto; max-width: 1200px; padding: 0 24px 48px;"
        + " color: #222; line-height: 1.45; }\n"
        + "header { border-bottom: 1px solid #ddd; margin-bottom: 16px; }\n"
        + "nav a { margin-right: 16px; color: #4e79a7; }\n"
        + "h2 { margin-top: 40px; border-bottom: 1px solid #eee; }\n"
        + "h3 { margin-bottom: 4px; }\n"
        + ".lead, .note, .meta { color: #555; }\n"
        + ".chart { width: 100%; min-height: 200px; }\n"
        + "blockquote { margin: 0; }\n"
        + "ol.sentences li { margin-bottom: 8px; }\n"
        + ".meta { margin: 2px 0 0; font-size: 0.85em; }\n"
        + ".scroll { overflow-x: auto; max-height: 480px; }\n"
        + "table { border-collapse: collapse; font-size: 0.85em; }\n"
        + "th, td { border: 1px solid #ddd; padding: 2px 6px; text-align: left; white-space: nowrap; }\n"
        + "th { background: #f5f5f5; position: sticky; top: 0; }\n"
        + "summary { cursor: pointer; margin: 8px 0; font-weight: 600; }\n";
  }
}
