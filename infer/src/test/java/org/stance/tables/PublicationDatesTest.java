package org.stance.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2020-03-05                    | 2020-03-05",
      "2020-03-05T23:10:00+03:00     | 2020-03-05",
      "2020-03-05 10:15              | 2020-03-05",
      "2020/3/5                      | 2020-03-05",
      "20200305                      | 2020-03-05",
      "3/5/2020                      | 2020-03-05",
      "4/15/2017                     | 2017-04-15",
      "25/3/2020                     | 2020-03-25",
      "5.3.2020                      | 2020-03-05",
      "05-03-2020                    | 2020-03-05",
      "March 5, 2020                 | 2020-03-05",
      "Mar. 5 2020                   | 2020-03-05",
      "Thursday, March 5th, 2020     | 2020-03-05",
      "5 March 2020                  | 2020-03-05",
      "Thu, 05 Mar 2020 10:15:00 GMT | 2020-03-05",
      "5 Sept 2019                   | 2019-09-05",
      "  2020-03-05  \t               | 2020-03-05"})
  void readsTheCommonForms(String text, String expected) {
    assertEquals(Optional.of(LocalDate.parse(expected)), PublicationDates.parse(text));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "   ", "yesterday", "2/30/2020", "13/13/2020", "3/5/20", "2020-13-01", "Smarch 5, 2020",
      "5 March", "2020"})
  void refusesWhatItCannotRead(String text) {
    assertEquals(Optional.empty(), PublicationDates.parse(text));
  }

  @Test
  void weeksStartOnMondayAcrossMonthAndYearEnds() {
    assertEquals(LocalDate.of(2020, 2, 24), PublicationDates.weekStart(LocalDate.of(2020, 3, 1)), "Sunday");
    assertEquals(LocalDate.of(2020, 3, 2), PublicationDates.weekStart(LocalDate.of(2020, 3, 2)), "Monday");
    assertEquals(LocalDate.of(2019, 12, 30), PublicationDates.weekStart(LocalDate.of(2020, 1, 3)));
  }
}
