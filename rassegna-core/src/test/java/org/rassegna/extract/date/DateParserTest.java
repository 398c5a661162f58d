package org.rassegna.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;

class DateParserTest {

  private static Optional<String> iso(String text) {
    return DateParser.parse(text, DateSource.TEXT).map(PublicationDate::iso);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | January 21, 2022 | 2022-01-21",
        "en | Jan. 21, 2022 | 2022-01-21",
        "en | 21st January 2022 | 2022-01-21",
        "en | Posted on 21 Jan 2022 by admin | 2022-01-21",
        "it | 21 Gennaio 2022 | 2022-01-21",
        "it | lunedì 3 febbraio 2020 | 2020-02-03",
        "es | 21 de enero de 2022 | 2022-01-21",
        "es | 5 de septiembre de 2021 | 2021-09-05",
        "fr | le 21 janvier 2022 | 2022-01-21",
        "fr | 1er février 2022 | 2022-02-01",
        "fr | 3 déc. 2021 | 2021-12-03",
        "de | 21. Januar 2022 | 2022-01-21",
        "de | Veröffentlicht am 3. März 2021 | 2021-03-03",
        "de | 15. Jänner 2020 | 2020-01-15",
        "pt | 21 de janeiro de 2022 | 2022-01-21",
        "pt | 7 de março de 2019 | 2019-03-07",
        "ru | 21 января 2022 г. | 2022-01-21",
        "ru | 1 мая 2020 | 2020-05-01",
        "nl | 21 januari 2022 | 2022-01-21",
        "pl | 21 stycznia 2022 | 2022-01-21",
        "ja | 2022年1月21日 | 2022-01-21"
      })
  void written_month_in_each_language_gives_the_day(String language, String text, String day) {
    assertThat(iso(text)).contains(day);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "21/01/2022 | 2022-01-21",
        "21.01.2022 | 2022-01-21",
        "21. 01. 2022 | 2022-01-21",
        "21-01-2022 | 2022-01-21",
        "2022/01/21 | 2022-01-21",
        "2022.01.21 | 2022-01-21",
        "21.01.22 | 2022-01-21",
        "01/21/2022 | 2022-01-21",
        "03/04/2022 | 2022-04-03"
      })
  void numeric_dates_are_day_first_unless_impossible(String text, String day) {
    assertThat(iso(text)).contains(day);
  }

  @Test
  void numeric_dates_follow_a_month_first_hint() {
    assertThat(DateParser.parse("03/04/2022", DateSource.TEXT, NumericOrder.MONTH_FIRST))
        .map(PublicationDate::iso)
        .contains("2022-03-04");
  }

  @Test
  void american_english_pages_read_numbers_month_first() {
    assertThat(NumericOrder.forLanguage("en-US", "com")).isEqualTo(NumericOrder.MONTH_FIRST);
    assertThat(NumericOrder.forLanguage("en", "com")).isEqualTo(NumericOrder.MONTH_FIRST);
    assertThat(NumericOrder.forLanguage("en", "uk")).isEqualTo(NumericOrder.DAY_FIRST);
    assertThat(NumericOrder.forLanguage("en_GB", "com")).isEqualTo(NumericOrder.DAY_FIRST);
    assertThat(NumericOrder.forLanguage("de-DE", "de")).isEqualTo(NumericOrder.DAY_FIRST);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-01-21T14:30:00+01:00 | 2022-01-21T14:30+01:00",
        "2022-01-21T14:30:00Z | 2022-01-21T14:30Z",
        "2022-01-21T14:30:15.123+0100 | 2022-01-21T14:30:15+01:00",
        "2022-01-21 14:30 | 2022-01-21T14:30",
        "2022-01-21 | 2022-01-21",
        "Fri, 21 Jan 2022 14:30:00 GMT | 2022-01-21T14:30Z"
      })
  void iso_and_rfc_1123_keep_time_and_offset(String text, String expected) {
    assertThat(iso(text)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "21.01.2022 14:30 | 2022-01-21T14:30",
        "21.01.2022, 14.30 Uhr | 2022-01-21T14:30",
        "January 21, 2022 2:30 pm | 2022-01-21T14:30",
        "January 21, 2022 at 12:05 a.m. | 2022-01-21T00:05",
        "21 janvier 2022 à 14h30 | 2022-01-21T14:30",
        "21. Januar 2022 um 9:05 Uhr | 2022-01-21T09:05",
        "21/01/2022 - 13:30 | 2022-01-21T13:30"
      })
  void time_written_next_to_the_date_is_kept(String text, String expected) {
    assertThat(iso(text)).contains(expected);
  }

  @Test
  void italian_month_with_time_gives_local_datetime() {
    assertThat(iso("21 Gennaio 2022 14:30 La Redazione de l'AntiDiplomatico"))
        .contains("2022-01-21T14:30");
  }

  @Test
  void russian_genitive_month_with_year_suffix_and_time() {
    assertThat(iso("21 января 2022 г. 14:30")).contains("2022-01-21T14:30");
  }

  @Test
  void first_date_in_the_text_wins() {
    assertThat(iso("Aktualisiert 3. Februar 2022, erschienen 21. Januar 2022"))
        .contains("2022-02-03");
  }

  @Test
  void the_parsed_date_carries_the_given_source() {
    assertThat(DateParser.parse("2022-01-21", DateSource.DATELINE))
        .map(PublicationDate::source)
        .contains(DateSource.DATELINE);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "",
        "no date here",
        "31 February 2022",
        "31.02.2022",
        "2022-02-30",
        "2022-13-01",
        "12 Mai 1850",
        "21 January 2999",
        "version 1.2.3",
        "tel. 030/12/2022x",
        "21 Frobnary 2022",
        "\u0000\uFFFF\uD800 1.1."
      })
  void impossible_or_implausible_input_gives_empty(String text) {
    assertThat(iso(text)).isEmpty();
  }

  @Test
  void a_valid_date_after_an_impossible_one_is_found() {
    assertThat(iso("31.02.2022 oder 21.01.2022")).contains("2022-01-21");
  }

  @Test
  void impossible_time_keeps_only_the_day() {
    assertThat(iso("21.01.2022 25:61")).contains("2022-01-21");
  }

  @Test
  @Timeout(10)
  void huge_strings_are_handled_without_exceptions() {
    String digits = "1".repeat(2_000_000);
    String words = "Januar ".repeat(300_000);
    String separators = "21.".repeat(500_000);
    assertThat(iso(digits)).isEmpty();
    assertThat(iso(words)).isEmpty();
    assertThat(iso(separators)).isEmpty();
    assertThat(iso("x".repeat(1_000_000) + " 21.01.2022")).isEmpty();
  }
}
