package org.stance.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.model.Task;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** sources.csv and timeline.csv against counts done again from sentences.csv and articles.csv. */
class RollupTablesTest {
  @TempDir Path dir;

  private Table sentences;
  private Table articles;
  private TagOutputs outputs;

  private void tag(List<Task> tasks, List<org.stance.tagging.TaggedArticle> input) throws IOException {
    try (TagOutputs tagged = new TagOutputs(dir, tasks)) {
      input.forEach(tagged);
      tagged.finish();
      outputs = tagged;
    }
    sentences = read("sentences.csv");
    articles = read("articles.csv");
  }

  @Test
  void sourceCountsAgreeWithTheSentenceTable() throws IOException {
    tag(TaggedFixtures.TASKS, TaggedFixtures.fortnight());
    Table sources = read("sources.csv");
    assertEquals(List.of("source", "actor", "stance", "sentences", "share_of_actor", "share_of_source"),
        sources.columnNames());
    assertEquals(List.of("(none)", "Anadolu", "Reuters", "TASS"),
        sources.stringColumn("source").asList().stream().distinct().toList(),
        "sources in name order; a blank source counts as (none)");
    assertEquals(4 * 9, sources.rowCount(), "every actor x stance pair per source, zeros included");

    Map<String, String> sourceOf = new HashMap<>();
    for (Row article : articles) {
      String source = article.getString("source").strip();
      sourceOf.put(article.getString("article_id"), source.isEmpty() ? "(none)" : source);
    }
    Map<List<String>, Integer> expected = new HashMap<>();
    for (Row sentence : sentences) {
      expected.merge(List.of(sourceOf.get(sentence.getString("article_id")), sentence.getString("actor"),
          sentence.getString("stance")), 1, Integer::sum);
    }
    for (Row row : sources) {
      List<String> key = List.of(row.getString("source"), row.getString("actor"), row.getString("stance"));
      assertEquals(expected.getOrDefault(key, 0), row.getInt("sentences"), key.toString());
    }
    assertEquals(sentences.rowCount(), (int) sources.intColumn("sentences").sum());

    Table anadoluTurkey = sources.where(sources.stringColumn("source").isEqualTo("Anadolu")
        .and(sources.stringColumn("actor").isEqualTo("TURKEY")));
    assertEquals(List.of(0.3333, 0.6667, 0.0), anadoluTurkey.doubleColumn("share_of_actor").asList());
    assertEquals(List.of(0.25, 0.5, 0.0), anadoluTurkey.doubleColumn("share_of_source").asList());
  }

  @Test
  void timelineCountsByDayAndMondayWeekAgreeWithTheSentenceTable() throws IOException {
    tag(TaggedFixtures.TASKS, TaggedFixtures.fortnight());
    Table timeline = read("timeline.csv");
    assertEquals(List.of("period", "period_start", "actor", "stance", "sentences", "share_of_actor",
        "share_of_period"), timeline.columnNames());

    Map<String, LocalDate> dayOf = new HashMap<>();
    for (Row article : articles) {
      if (!article.isMissing("day")) {
        dayOf.put(article.getString("article_id"), article.getDate("day"));
      }
    }
    Map<List<Object>, Integer> expected = new HashMap<>();
    int dated = 0;
    for (Row sentence : sentences) {
      LocalDate day = dayOf.get(sentence.getString("article_id"));
      if (day == null) {
        continue;
      }
      dated++;
      LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1);
      String actor = sentence.getString("actor");
      String stance = sentence.getString("stance");
      expected.merge(List.of("day", day, actor, stance), 1, Integer::sum);
      expected.merge(List.of("week", monday, actor, stance), 1, Integer::sum);
    }
    for (Row row : timeline) {
      List<Object> key = List.of(row.getString("period"), row.getDate("period_start"), row.getString("actor"),
          row.getString("stance"));
      assertEquals(expected.getOrDefault(key, 0), row.getInt("sentences"), key.toString());
    }
    Table weeks = timeline.where(timeline.stringColumn("period").isEqualTo("week"));
    Table days = timeline.where(timeline.stringColumn("period").isEqualTo("day"));
    assertEquals(dated, (int) weeks.intColumn("sentences").sum());
    assertEquals(dated, (int) days.intColumn("sentences").sum());
    assertEquals(10, dated, "13 sentences, 3 of them in articles without a readable date");

    assertEquals(List.of(LocalDate.of(2020, 2, 24), LocalDate.of(2020, 3, 2)),
        weeks.dateColumn("period_start").unique().asList().stream().sorted().toList(),
        "Thu 27 Feb, Sat 29 Feb and Sun 1 Mar share the week of Monday 24 Feb");
    assertEquals(List.of(LocalDate.of(2020, 2, 27), LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 1),
        LocalDate.of(2020, 3, 2)), days.dateColumn("period_start").unique().asList().stream().sorted().toList());
    assertEquals("day", timeline.stringColumn("period").get(0), "day rows first");

    Table firstWeekTurkey = weeks.where(weeks.dateColumn("period_start").isEqualTo(LocalDate.of(2020, 2, 24))
        .and(weeks.stringColumn("actor").isEqualTo("TURKEY")));
    assertEquals(List.of(1, 2, 0), firstWeekTurkey.intColumn("sentences").asList());
    assertEquals(List.of(0.3333, 0.6667, 0.0), firstWeekTurkey.doubleColumn("share_of_actor").asList());
    assertEquals(List.of(0.1429, 0.2857, 0.0), firstWeekTurkey.doubleColumn("share_of_period").asList());

    assertEquals(1, outputs.timeline().unreadable(), "'last Tuesday'");
    assertEquals(1, outputs.timeline().undated());
    assertTrue(articles.dateColumn("day").isMissing(5), "unreadable date: empty day");
  }

  @Test
  void aSingleTaskModelGetsRollupsOfItsOneLabel() throws IOException {
    List<Task> oneTask = List.of(new Task("actor", List.of("RUSSIA", "TURKEY", "NONE")));
    tag(oneTask, TaggedFixtures.fortnight());
    Table sources = read("sources.csv");
    Table timeline = read("timeline.csv");
    assertEquals(List.of("source", "actor", "sentences", "share_of_source"), sources.columnNames());
    assertEquals(List.of("period", "period_start", "actor", "sentences", "share_of_period"), timeline.columnNames());
    assertEquals(4 * 3, sources.rowCount());
    assertEquals(13, (int) sources.intColumn("sentences").sum());
    Table tass = sources.where(sources.stringColumn("source").isEqualTo("TASS"));
    assertEquals(List.of(3, 1, 1), tass.intColumn("sentences").asList());
    assertEquals(List.of(0.6, 0.2, 0.2), tass.doubleColumn("share_of_source").asList());
  }

  private Table read(String name) throws IOException {
    return Table.read().csv(CsvReadOptions.builder(dir.resolve(name).toFile())
        .columnTypesPartial(Map.of("article_id", ColumnType.STRING, "source", ColumnType.STRING,
            "date", ColumnType.STRING, "title", ColumnType.STRING))
        .build());
  }
}
