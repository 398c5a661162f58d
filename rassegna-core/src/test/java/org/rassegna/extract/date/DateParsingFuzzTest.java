package org.rassegna.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;

/**
 * Arbitrary text through the date parser, and as a page through {@link HtmlDates}: neither throws,
 * and every date found lies in the years the parser accepts (for a page: not after the day after
 * its crawl). The first byte picks the numeric order and whether the page has a URL and fetch time,
 * so one input exercises every branch.
 */
class DateParsingFuzzTest {
  private static final Instant FETCHED = Instant.parse("2024-05-06T07:08:09Z");

  @FuzzTest(maxDuration = "30s")
  void any_text_parses_to_a_plausible_date_or_none(byte[] bytes) {
    int mode = bytes.length == 0 ? 0 : bytes[0] & 0xFF;
    String text = new String(bytes, StandardCharsets.UTF_8);
    NumericOrder[] orders = NumericOrder.values();
    NumericOrder order = orders[mode % orders.length];

    DateParser.parse(text, DateSource.TEXT, order).ifPresent(DateParsingFuzzTest::plausible);
    DateParser.findAll(text, DateSource.TEXT, order, 5).forEach(DateParsingFuzzTest::plausible);

    Optional<String> url =
        (mode & 1) == 0 ? Optional.empty() : Optional.of("https://example.org/" + text.strip());
    Optional<Instant> fetched = (mode & 2) == 0 ? Optional.empty() : Optional.of(FETCHED);
    PageDates dates = HtmlDates.find(Jsoup.parse(text), url, fetched);
    dates.published().ifPresent(d -> notAfterFetch(d, fetched));
    dates.modified().ifPresent(d -> notAfterFetch(d, fetched));
  }

  private static void plausible(PublicationDate date) {
    assertThat(date.date().getYear()).isGreaterThanOrEqualTo(DateParser.EARLIEST_YEAR);
  }

  /** HtmlDates promises no date before the earliest year nor after the day after the crawl. */
  private static void notAfterFetch(PublicationDate date, Optional<Instant> fetched) {
    plausible(date);
    fetched.ifPresent(
        f ->
            assertThat(date.date())
                .isBeforeOrEqualTo(LocalDate.ofInstant(f, ZoneOffset.UTC).plusDays(1)));
  }
}
