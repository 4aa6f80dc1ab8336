package org.stance.tables;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date of an article in the forms news data comes in. The date is taken as
 * written: a time or time zone after it is ignored, never converted. Accepted:
 * <ul>
 *   <li>ISO: {@code 2020-03-05}, {@code 2020-03-05T10:15:00Z}, {@code 2020-03-05 10:15}, {@code 2020/03/05},
 *       {@code 20200305}</li>
 *   <li>slashes, month first as US archives (FA-KES among them) write them: {@code 3/5/2020}; day first
 *       only when the first number cannot be a month: {@code 25/3/2020}</li>
 *   <li>dots or dashes, day first as European sites write them: {@code 5.3.2020}, {@code 05-03-2020}</li>
 *   <li>month names in English, full or short, with an optional weekday: {@code March 5, 2020},
 *       {@code Thu, 05 Mar 2020 10:15:00 GMT} (RSS), {@code 5th March 2020}</li>
 * </ul>
 * Anything else (two-digit years, impossible dates such as {@code 2/30/2020}) is unreadable.
 */
public final class PublicationDates {
  private static final String TIME = "(?:[T\\s].*)?";
  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + TIME);
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})" + TIME);
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})[.-](\\d{1,2})[.-](\\d{4})" + TIME);
  private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2}) ([a-z]+) (\\d{4})" + TIME);
  private static final Pattern MONTH_DAY = Pattern.compile("([a-z]+) (\\d{1,2}) (\\d{4})" + TIME);
  private static final Pattern WEEKDAY = Pattern.compile("^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+");
  private static final Map<String, Month> MONTHS = months();

  private PublicationDates() {}

  /** The date, or empty when the text is blank or in no accepted form. */
  public static Optional<LocalDate> parse(String text) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      Matcher m;
      if ((m = ISO.matcher(s)).matches() || (m = COMPACT.matcher(s)).matches()) {
        return date(m.group(1), m.group(2), m.group(3));
      }
      if ((m = SLASHED.matcher(s)).matches()) {
        boolean dayFirst = Integer.parseInt(m.group(1)) > 12;
        return dayFirst ? date(m.group(3), m.group(2), m.group(1)) : date(m.group(3), m.group(1), m.group(2));
      }
      if ((m = DOTTED.matcher(s)).matches()) {
        return date(m.group(3), m.group(2), m.group(1));
      }
      String words = WEEKDAY.matcher(s.toLowerCase(Locale.ROOT)).replaceFirst("")
          .replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("[,.]", " ").replaceAll("\\s+", " ").strip();
      if ((m = DAY_MONTH.matcher(words)).matches()) {
        return named(m.group(3), m.group(2), m.group(1));
      }
      if ((m = MONTH_DAY.matcher(words)).matches()) {
        return named(m.group(3), m.group(1), m.group(2));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The Monday of the date's week (ISO weeks: Monday to Sunday). */
  public static LocalDate weekStart(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
  }

  private static Optional<LocalDate> named(String year, String monthName, String day) {
    Month month = MONTHS.get(monthName);
    return month == null ? Optional.empty()
        : Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
  }

  private static Map<String, Month> months() {
    Map<String, Month> map = new HashMap<>();
    for (Month month : Month.values()) {
      map.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
      map.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
    }
    map.put("sept", Month.SEPTEMBER);
    return Map.copyOf(map);
  }
}
