package org.stance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.io.InputException;
import org.stance.model.Task;
import org.stance.tables.TableFormat;
import org.stance.tables.TagOutputs;
import org.stance.tables.TaggedFixtures;
import org.stance.tagging.TaggedArticle;

class ReportTest {
  static final String HOSTILE_TEXT =
      "<img src=x onerror=alert(1)> & \"quoted\" </script><!-- https://evil.example/x.js";
  static final String HOSTILE_TITLE = "</script><script src=\"https://evil.example/t.js\"></script>";

  @TempDir Path dir;

  private static List<TaggedArticle> articles() {
    List<TaggedArticle> articles = new ArrayList<>(TaggedFixtures.fortnight());
    TaggedArticle hostile = new TaggedArticle(new org.stance.text.Article("evil", "text", HOSTILE_TITLE,
        "<b>Outlet</b>", "2020-03-03"), List.of(TaggedFixtures.sentence(1, HOSTILE_TEXT, "TURKEY/NEUTRAL/0.99")));
    articles.add(hostile);
    return articles;
  }

  private Document report(List<Task> tasks, List<TaggedArticle> articles, TableFormat format) throws IOException {
    try (TagOutputs outputs = new TagOutputs(dir, tasks, format)) {
      articles.forEach(outputs);
      outputs.finish();
    }
    Path file = dir.resolve("report.html");
    Report.write(dir, file, 2);
    return Jsoup.parse(Files.readString(file));
  }

  @Test
  void reportIsSelfContainedAndLoadsNothing() throws IOException {
    Document html = report(TaggedFixtures.TASKS, articles(), TableFormat.CSV);
    for (String tag : List.of("link", "img", "iframe", "frame", "object", "embed", "video", "audio", "source",
        "track", "base", "form", "meta[http-equiv]")) {
      assertTrue(html.select(tag).isEmpty(), "no <" + tag + "> element");
    }
    for (Element element : html.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
        assertFalse(value.contains("http:") || value.contains("https:") || value.startsWith("//")
            || value.contains("url("), element.tagName() + " " + attribute);
        if (attribute.getKey().equals("href")) {
          assertTrue(value.startsWith("#"), "links stay in the page: " + attribute);
        }
      }
      assertFalse(element.hasAttr("src"), element.tagName() + " loads nothing");
    }
    for (Element style : html.select("style")) {
      String css = style.data().toLowerCase(Locale.ROOT);
      assertFalse(css.contains("url(") || css.contains("@import") || css.contains("@font-face"), css);
    }
    List<Element> scripts = html.select("script");
    assertEquals(3, scripts.size(), "plotly.js, the figures, the lines that draw them");
    Element plotly = html.getElementById(ReportPage.PLOTLY_ID);
    assertEquals(PlotlyLibrary.source(), plotly.data(), "plotly.js inlined byte for byte from its WebJar");
    assertTrue(plotly.data().length() > 1_000_000, "the whole library, not a loader");
    String render = scripts.get(2).data();
    assertFalse(render.contains("http") || render.contains("import(") || render.contains("fetch"), render);
    String figures = html.getElementById(ReportPage.FIGURES_ID).data();
    assertFalse(figures.contains("<"), "article text in the chart data cannot close its element");
    assertTrue(new ObjectMapper().readTree(figures).isObject());
  }

  @Test
  void articleTextIsEscapedNotMarkup() throws IOException {
    Document html = report(TaggedFixtures.TASKS, articles(), TableFormat.CSV);
    assertTrue(html.select("img, b").isEmpty(), "no markup from articles");
    List<String> quotes = html.select("blockquote").eachText();
    assertTrue(quotes.contains(HOSTILE_TEXT.replaceAll("\\s+", " ")), "shown as text: " + quotes);
    assertTrue(html.select("p.meta").text().contains(HOSTILE_TITLE), "the title, as text");
    assertTrue(html.select("td").eachText().contains("<b>Outlet</b>"), "the source, as text, in the tables");
    JsonNode figures = new ObjectMapper().readTree(html.getElementById(ReportPage.FIGURES_ID).data());
    assertEquals(HOSTILE_TITLE, figures.at("/share-by-article/data/0/customdata/7/0").asText(),
        "hover text survives the JSON escapes unchanged");
  }

  @Test
  void chartsAndSentencesAgreeWithTheTables() throws IOException {
    Document html = report(TaggedFixtures.TASKS, articles(), TableFormat.CSV);
    JsonNode figures = new ObjectMapper().readTree(html.getElementById(ReportPage.FIGURES_ID).data());
    JsonNode stance = figures.get("stance-by-actor").get("data");
    assertEquals("CONFRONTATIONAL", stance.get(1).get("name").asText());
    assertEquals("[2,2,0]", stance.get(1).get("y").toString(), "RUSSIA, TURKEY, NONE confrontational sentences");
    assertEquals("[0.4,0.3333,0.0]", stance.get(1).get("customdata").toString(), "2 of 5 and 2 of 6");

    JsonNode bySource = figures.get("share-by-source").get("data");
    assertEquals("[\"(all sources)\",\"(none)\",\"<b>Outlet</b>\",\"Anadolu\",\"Reuters\",\"TASS\"]",
        bySource.get(0).get("y").toString());
    assertEquals(5.0 / 14, bySource.get(0).get("x").get(0).asDouble(), 1e-9, "RUSSIA: 5 of 14 sentences");
    assertEquals(1.0, bySource.get(0).get("x").get(1).asDouble(), 1e-9, "the one sentence without a source");

    JsonNode weeks = figures.get("timeline").get("data");
    assertEquals("[\"2020-02-24\",\"2020-03-02\"]", weeks.get(1).get("x").toString());
    assertEquals("[3,2]", weeks.get(1).get("y").toString(), "TURKEY per week, the hostile article included");

    Element turkey = html.select("h3:containsOwn(TURKEY · CONFRONTATIONAL) + ol").first();
    List<String> top = turkey.select("blockquote").eachText();
    assertEquals(List.of("f2 sentence, \"1\"", "f2 sentence, \"2\""), top, "most confident first (0.9 x 0.95)");
    Element russia = html.select("h3:containsOwn(RUSSIA · CONFRONTATIONAL) + ol").first();
    assertEquals(List.of("f7 sentence, \"1\"", "f1 sentence, \"1\""), russia.select("blockquote").eachText(),
        "two of two, --top 2");
  }

  @Test
  void jsonTablesGiveTheSameReport() throws IOException {
    String fromCsv = report(TaggedFixtures.TASKS, articles(), TableFormat.CSV).body().html();
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    String fromJson = report(TaggedFixtures.TASKS, articles(), TableFormat.JSON).body().html();
    assertEquals(fromCsv.replace(".csv", ".json"), fromJson);
  }

  @Test
  void aSingleLabelModelAndUndatedArticlesStillGiveAReport() throws IOException {
    List<Task> oneTask = List.of(new Task("topic", List.of("RUSSIA", "TURKEY", "NONE")));
    List<TaggedArticle> undated = List.of(
        new TaggedArticle(new org.stance.text.Article("u1", "t", "", "", ""),
            List.of(oneLabel(1, "Moscow said so.", "RUSSIA", 0.8), oneLabel(2, "Ankara said so.", "TURKEY", 0.7))));
    Document html = report(oneTask, undated, TableFormat.CSV);
    JsonNode figures = new ObjectMapper().readTree(html.getElementById(ReportPage.FIGURES_ID).data());
    assertEquals(List.of("share-by-source", "share-by-article", "stance-by-actor"), fieldNames(figures));
    assertEquals("[1,1,0]", figures.at("/stance-by-actor/data/0/y").toString());
    assertTrue(html.select("#timeline").text().contains("No article has a readable date"));
    assertEquals(List.of("Moscow said so."), html.select("h3:containsOwn(RUSSIA) + ol blockquote").eachText());
  }

  @Test
  void aMissingTableIsNamed() throws IOException {
    InputException empty = assertThrows(InputException.class, () -> Report.write(dir, dir.resolve("r.html"), 3));
    assertTrue(empty.getMessage().startsWith(dir.resolve("sentences.csv") + ": no such file"), empty.getMessage());
    try (TagOutputs outputs = new TagOutputs(dir, TaggedFixtures.TASKS)) {
      TaggedFixtures.fortnight().forEach(outputs);
      outputs.finish();
    }
    Files.delete(dir.resolve("sources.csv"));
    InputException missing = assertThrows(InputException.class, () -> Report.write(dir, dir.resolve("r.html"), 3));
    assertTrue(missing.getMessage().startsWith(dir.resolve("sources.csv") + ": no such file"), missing.getMessage());
    assertFalse(Files.exists(dir.resolve("r.html")));
  }

  private static org.stance.tagging.TaggedSentence oneLabel(int no, String text, String label, double p) {
    return new org.stance.tagging.TaggedSentence(no, text, new org.stance.model.Prediction(
        java.util.Map.of("topic", new org.stance.model.Label(label, p))));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.properties().forEach(field -> names.add(field.getKey()));
    return names;
  }
}
