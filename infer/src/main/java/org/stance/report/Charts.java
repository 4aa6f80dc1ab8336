package org.stance.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.stance.tables.TimelineTable;

/**
 * The report's charts as plotly.js figures built with Jackson: share of voice per source and per article,
 * stance by actor, and, when articles have dates, sentences per actor over time and each actor's stance
 * per week. "Actor" and "stance" stand for the model's first and second label columns.
 */
final class Charts {
  /** Articles beyond this many are left out of the per-article chart (the caption says so). */
  static final int MAX_ARTICLES = 500;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ReportData data;

  Charts(ReportData data) {
    this.data = data;
  }

  List<Figure> all() {
    List<Figure> figures = new ArrayList<>();
    figures.add(shareBySource());
    figures.add(shareByArticle());
    figures.add(stanceByActor());
    if (!data.timeline().rows().isEmpty()) {
      figures.add(timeline());
      if (data.crossed()) {
        figures.add(stanceOverTime());
      }
    }
    return figures;
  }

  Figure shareBySource() {
    Map<String, Map<String, Long>> bySource = new LinkedHashMap<>();
    bySource.put("(all sources)", overall(data.cross().rows(), data.actorColumn()));
    bySource.putAll(tally(data.sources().rows(), row -> row.get("source"), data.actorColumn()));
    List<String> sources = new ArrayList<>(bySource.keySet());
    ArrayNode traces = JSON.arrayNode();
    for (int a = 0; a < data.actors().size(); a++) {
      String actor = data.actors().get(a);
      ArrayNode shares = JSON.arrayNode();
      ArrayNode counts = JSON.arrayNode();
      for (String source : sources) {
        long count = bySource.get(source).getOrDefault(actor, 0L);
        counts.add(count);
        shares.add(share(count, total(bySource.get(source))));
      }
      traces.add(bar(actor, Palette.actor(a)).put("orientation", "h").<ObjectNode>set("x", shares)
          .<ObjectNode>set("y", strings(sources)).<ObjectNode>set("customdata", counts)
          .put("hovertemplate", "%{y}: %{x:.1%} of sentences (%{customdata})<extra>" + actor + "</extra>"));
    }
    ObjectNode layout = layout(140 + 26 * sources.size()).put("barmode", "stack");
    layout.set("xaxis", JSON.objectNode().put("tickformat", ".0%").set("range", range(0, 1)));
    layout.set("yaxis", JSON.objectNode().put("autorange", "reversed").put("automargin", true));
    return new Figure("share-by-source", "Share of voice by source",
        "Each bar is one source's sentences, split by the " + data.actorColumn() + " whose position they carry.",
        figure(traces, layout));
  }

  Figure shareByArticle() {
    List<Map<String, String>> articles = data.articles().rows();
    List<Map<String, String>> shown = articles.subList(0, Math.min(MAX_ARTICLES, articles.size()));
    ArrayNode ids = JSON.arrayNode();
    ArrayNode details = JSON.arrayNode();
    for (Map<String, String> article : shown) {
      ids.add(article.get("article_id"));
      details.add(JSON.arrayNode().add(article.get("title")).add(article.get("source")));
    }
    ArrayNode traces = JSON.arrayNode();
    for (int a = 0; a < data.actors().size(); a++) {
      String actor = data.actors().get(a);
      ArrayNode shares = JSON.arrayNode();
      for (Map<String, String> article : shown) {
        shares.add(share(Long.parseLong(article.get(actor + "_sentences")), Long.parseLong(article.get("sentences"))));
      }
      traces.add(bar(actor, Palette.actor(a)).<ObjectNode>set("x", ids).<ObjectNode>set("y", shares)
          .<ObjectNode>set("customdata", details)
          .put("hovertemplate", "%{x}: %{y:.0%}<br>%{customdata[0]}<br>%{customdata[1]}<extra>" + actor + "</extra>"));
    }
    ObjectNode layout = layout(420).put("barmode", "stack").put("bargap", 0.05);
    layout.set("yaxis", JSON.objectNode().put("tickformat", ".0%").set("range", range(0, 1)));
    layout.set("xaxis", JSON.objectNode().put("type", "category").put("showticklabels", shown.size() <= 40)
        .put("title", shown.size() <= 40 ? "" : "articles in input order (hover for titles)"));
    String caption = "Each bar is one article's sentences, split by " + data.actorColumn() + ".";
    if (shown.size() < articles.size()) {
      caption += " The first " + shown.size() + " of " + articles.size() + " articles, in input order.";
    }
    return new Figure("share-by-article", "Share of voice by article", caption, figure(traces, layout));
  }

  Figure stanceByActor() {
    ArrayNode traces = JSON.arrayNode();
    ObjectNode layout = layout(420).put("barmode", "stack");
    if (!data.crossed()) {
      Map<String, Long> counts = overall(data.cross().rows(), data.actorColumn());
      ArrayNode y = JSON.arrayNode();
      data.actors().forEach(actor -> y.add(counts.getOrDefault(actor, 0L)));
      traces.add(bar("sentences", Palette.actor(0)).<ObjectNode>set("x", strings(data.actors())).set("y", y));
      return new Figure("stance-by-actor", "Sentences by " + data.actorColumn(), "Sentences of each "
          + data.actorColumn() + ".", figure(traces, layout));
    }
    for (int s = 0; s < data.stances().size(); s++) {
      String stance = data.stances().get(s);
      ArrayNode y = JSON.arrayNode();
      ArrayNode shares = JSON.arrayNode();
      for (String actor : data.actors()) {
        Map<String, String> row = crossRow(actor, stance);
        y.add(Long.parseLong(row.get("sentences")));
        shares.add(Double.parseDouble(row.get("share_of_" + data.actorColumn())));
      }
      traces.add(bar(stance, Palette.stance(data.stances(), s)).<ObjectNode>set("x", strings(data.actors()))
          .<ObjectNode>set("y", y)
          .<ObjectNode>set("customdata", shares)
          .put("hovertemplate", "%{x}: %{y} sentences, %{customdata:.0%} of its own<extra>" + stance + "</extra>"));
    }
    layout.set("yaxis", JSON.objectNode().put("title", "sentences"));
    return new Figure("stance-by-actor", capitalized(data.stanceColumn()) + " by " + data.actorColumn(),
        "Sentences of each " + data.actorColumn() + ", stacked by " + data.stanceColumn() + ".",
        figure(traces, layout));
  }

  Figure timeline() {
    ArrayNode traces = JSON.arrayNode();
    List<String> periods = List.of(TimelineTable.WEEK, TimelineTable.DAY);
    for (String period : periods) {
      Map<String, Map<String, Long>> byDate = tally(rowsOf(period), row -> row.get("period_start"),
          data.actorColumn());
      List<String> dates = new ArrayList<>(byDate.keySet());
      for (int a = 0; a < data.actors().size(); a++) {
        String actor = data.actors().get(a);
        ArrayNode y = JSON.arrayNode();
        dates.forEach(date -> y.add(byDate.get(date).getOrDefault(actor, 0L)));
        traces.add(periodBars(bar(actor, Palette.actor(a)), period).put("visible", period.equals(TimelineTable.WEEK))
            .put("legendgroup", actor).<ObjectNode>set("x", strings(dates)).<ObjectNode>set("y", y)
            .put("hovertemplate", period + " of %{x}: %{y} sentences<extra>" + actor + "</extra>"));
      }
    }
    ArrayNode buttons = JSON.arrayNode();
    int perPeriod = data.actors().size();
    for (int p = 0; p < periods.size(); p++) {
      buttons.add(showOnly("per " + periods.get(p), p, perPeriod, periods.size() * perPeriod));
    }
    ObjectNode layout = layout(420).put("barmode", "stack");
    layout.set("updatemenus", JSON.arrayNode().add(menu("buttons", buttons)));
    layout.set("yaxis", JSON.objectNode().put("title", "sentences"));
    layout.set("xaxis", JSON.objectNode().put("type", "date"));
    return new Figure("timeline", "Sentences per " + data.actorColumn() + " over time", "Sentences of each "
        + data.actorColumn() + " per week (weeks start on Monday) or per day, by the articles' dates; a gap is a"
        + " period without articles.", figure(traces, layout));
  }

  Figure stanceOverTime() {
    List<Map<String, String>> weeks = rowsOf(TimelineTable.WEEK);
    Map<String, Long> sentences = overall(data.cross().rows(), data.actorColumn());
    String shown = data.actors().stream().max(Comparator.comparing(actor -> sentences.getOrDefault(actor, 0L)))
        .orElseThrow();
    ArrayNode traces = JSON.arrayNode();
    ArrayNode buttons = JSON.arrayNode();
    int perActor = data.stances().size();
    for (int a = 0; a < data.actors().size(); a++) {
      String actor = data.actors().get(a);
      for (int s = 0; s < perActor; s++) {
        String stance = data.stances().get(s);
        ArrayNode x = JSON.arrayNode();
        ArrayNode y = JSON.arrayNode();
        for (Map<String, String> row : weeks) {
          if (row.get(data.actorColumn()).equals(actor) && row.get(data.stanceColumn()).equals(stance)) {
            x.add(row.get("period_start"));
            y.add(Long.parseLong(row.get("sentences")));
          }
        }
        traces.add(periodBars(bar(stance, Palette.stance(data.stances(), s)), TimelineTable.WEEK)
            .put("visible", actor.equals(shown)).put("legendgroup", stance).<ObjectNode>set("x", x)
            .<ObjectNode>set("y", y).put("hovertemplate", "week of %{x}: %{y} sentences<extra>" + stance + "</extra>"));
      }
      buttons.add(showOnly(actor, a, perActor, data.actors().size() * perActor));
    }
    ObjectNode layout = layout(420).put("barmode", "stack").put("barnorm", "fraction");
    layout.set("updatemenus", JSON.arrayNode().add(menu("dropdown", buttons)
        .put("active", data.actors().indexOf(shown)).put("direction", "down")));
    layout.set("yaxis", JSON.objectNode().put("tickformat", ".0%"));
    layout.set("xaxis", JSON.objectNode().put("type", "date"));
    return new Figure("stance-over-time", capitalized(data.stanceColumn()) + " of each " + data.actorColumn()
        + " per week", "The menu picks the " + data.actorColumn() + " (first: the one with most sentences);"
            + " each bar splits its sentences of one week by " + data.stanceColumn() + " (hover for counts).",
        figure(traces, layout));
  }

  /** Bars that span their period on a date axis, Monday to Sunday for a week, rather than a guessed width. */
  private static ObjectNode periodBars(ObjectNode bar, String period) {
    long day = 86_400_000L;
    return bar.put("width", period.equals(TimelineTable.WEEK) ? 6.6 * day : 0.9 * day).put("offset", 0);
  }

  /** A menu entry that shows the traces of group {@code group} (of {@code size} traces each) and hides the rest. */
  private static ObjectNode showOnly(String label, int group, int size, int traces) {
    ArrayNode visible = JSON.arrayNode();
    for (int t = 0; t < traces; t++) {
      visible.add(t / size == group);
    }
    return JSON.objectNode().put("label", label).put("method", "restyle")
        .set("args", JSON.arrayNode().add(JSON.objectNode().set("visible", visible)));
  }

  private List<Map<String, String>> rowsOf(String period) {
    return data.timeline().rows().stream().filter(row -> row.get("period").equals(period)).toList();
  }

  private Map<String, String> crossRow(String actor, String stance) {
    return data.cross().rows().stream().filter(row -> row.get(data.actorColumn()).equals(actor)
        && row.get(data.stanceColumn()).equals(stance)).findFirst().orElseThrow();
  }

  /** Sentences summed by a key of the row and by label, keys and labels in order of appearance. */
  private static Map<String, Map<String, Long>> tally(List<Map<String, String>> rows,
      Function<Map<String, String>, String> key, String label) {
    Map<String, Map<String, Long>> tally = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      tally.computeIfAbsent(key.apply(row), k -> new LinkedHashMap<>())
          .merge(row.get(label), Long.parseLong(row.get("sentences")), Long::sum);
    }
    return tally;
  }

  private static Map<String, Long> overall(List<Map<String, String>> rows, String label) {
    return tally(rows, row -> "", label).getOrDefault("", Map.of());
  }

  static String capitalized(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }

  private static ObjectNode bar(String name, String color) {
    return JSON.objectNode().put("type", "bar").put("name", name)
        .set("marker", JSON.objectNode().put("color", color));
  }

  private static ObjectNode menu(String type, ArrayNode buttons) {
    return JSON.objectNode().put("type", type).put("direction", "right").put("showactive", true)
        .put("x", 0).put("xanchor", "left").put("y", 1.18).put("yanchor", "top").set("buttons", buttons);
  }

  private static ObjectNode layout(int height) {
    ObjectNode layout = JSON.objectNode().put("height", height).put("hovermode", "closest");
    layout.set("margin", JSON.objectNode().put("t", 50).put("r", 20).put("b", 50).put("l", 60));
    layout.set("font", JSON.objectNode().put("family", ReportPage.FONTS).put("size", 13));
    layout.set("legend", JSON.objectNode().put("orientation", "h").put("traceorder", "normal")
        .put("yanchor", "top").put("y", -0.12));
    return layout;
  }

  private static ArrayNode range(double from, double to) {
    return JSON.arrayNode().add(from).add(to);
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = JSON.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private static ObjectNode figure(ArrayNode traces, ObjectNode layout) {
    ObjectNode figure = JSON.objectNode();
    figure.set("data", traces);
    figure.set("layout", layout);
    return figure;
  }
}
