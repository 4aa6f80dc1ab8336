package org.stance.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.stance.model.Task;
import org.stance.tagging.TaggedArticle;
import org.stance.tagging.TaggedSentence;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code timeline.csv}: label counts per day and per week (Monday to Sunday), accumulated while articles
 * stream by; an article counts on its publication date ({@link PublicationDates}). Day rows come first,
 * then week rows, each in date order, one row per label pair, zeros included: {@code period} ({@code day}
 * or {@code week}), {@code period_start} (the day, or the week's Monday), {@code actor, stance, sentences,
 * share_of_actor, share_of_period}. Periods without articles have no rows. Articles without a date or
 * with one that cannot be read are left out and counted ({@link #undated()}, {@link #unreadable()}).
 * Memory grows with the number of days, not of sentences.
 */
public final class TimelineTable {
  public static final String DAY = "day";
  public static final String WEEK = "week";

  private final List<Task> tasks;
  private final Map<LocalDate, LabelCounts> byDay = new TreeMap<>();
  private long undated;
  private long unreadable;

  public TimelineTable(List<Task> tasks) {
    this.tasks = List.copyOf(tasks);
  }

  public void add(TaggedArticle article) {
    String text = article.article().date();
    Optional<LocalDate> date = PublicationDates.parse(text);
    if (date.isEmpty()) {
      if (text.isBlank()) {
        undated++;
      } else {
        unreadable++;
      }
      return;
    }
    LabelCounts counts = byDay.computeIfAbsent(date.get(), d -> new LabelCounts(tasks));
    for (TaggedSentence sentence : article.sentences()) {
      counts.add(sentence.prediction());
    }
  }

  /** Articles left out because they have no date. */
  public long undated() {
    return undated;
  }

  /** Articles left out because their date is in no form {@link PublicationDates} reads. */
  public long unreadable() {
    return unreadable;
  }

  public Table table() {
    StringColumn periods = StringColumn.create("period");
    DateColumn starts = DateColumn.create("period_start");
    PairRows pairs = new PairRows(tasks, "period");
    Map<LocalDate, LabelCounts> byWeek = new TreeMap<>();
    byDay.forEach((day, counts) -> byWeek.computeIfAbsent(PublicationDates.weekStart(day),
        w -> new LabelCounts(tasks)).addAll(counts));
    List<Map.Entry<String, Map<LocalDate, LabelCounts>>> byPeriod = List.of(Map.entry(DAY, byDay),
        Map.entry(WEEK, byWeek));
    for (Map.Entry<String, Map<LocalDate, LabelCounts>> period : byPeriod) {
      period.getValue().forEach((start, counts) -> {
        int rows = pairs.append(counts);
        for (int i = 0; i < rows; i++) {
          periods.append(period.getKey());
          starts.append(start);
        }
      });
    }
    Table table = Table.create("timeline", periods, starts);
    pairs.columns().forEach(table::addColumns);
    return table;
  }
}
