package org.rassegna.extract.date;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rassegna.model.PublicationDate;

/**
 * The time zone a site most likely publishes in, from its country domain or, on generic domains,
 * its language, where either names one zone. CMSs often write times in UTC; the day a reader saw is
 * the local one, so a UTC time is moved to this zone. Languages and countries that span many zones
 * (English, Spanish, Portuguese, Arabic; the US, Canada, Russia's east) give no zone.
 */
final class LocalZone {
  private static final ZoneId CENTRAL = ZoneId.of("Europe/Paris");
  private static final ZoneId EASTERN = ZoneId.of("Europe/Athens");
  private static final Map<String, ZoneId> BY_COUNTRY =
      Map.ofEntries(
          Map.entry("de", CENTRAL),
          Map.entry("at", CENTRAL),
          Map.entry("ch", CENTRAL),
          Map.entry("it", CENTRAL),
          Map.entry("fr", CENTRAL),
          Map.entry("es", CENTRAL),
          Map.entry("nl", CENTRAL),
          Map.entry("be", CENTRAL),
          Map.entry("lu", CENTRAL),
          Map.entry("pl", CENTRAL),
          Map.entry("cz", CENTRAL),
          Map.entry("sk", CENTRAL),
          Map.entry("hu", CENTRAL),
          Map.entry("dk", CENTRAL),
          Map.entry("se", CENTRAL),
          Map.entry("no", CENTRAL),
          Map.entry("uk", ZoneId.of("Europe/London")),
          Map.entry("ie", ZoneId.of("Europe/Dublin")),
          Map.entry("pt", ZoneId.of("Europe/Lisbon")),
          Map.entry("gr", EASTERN),
          Map.entry("ro", EASTERN),
          Map.entry("bg", EASTERN),
          Map.entry("fi", EASTERN),
          Map.entry("ua", EASTERN),
          Map.entry("tr", ZoneId.of("Europe/Istanbul")),
          Map.entry("in", ZoneId.of("Asia/Kolkata")),
          Map.entry("jp", ZoneId.of("Asia/Tokyo")),
          Map.entry("kr", ZoneId.of("Asia/Seoul")),
          Map.entry("cn", ZoneId.of("Asia/Shanghai")),
          Map.entry("hk", ZoneId.of("Asia/Hong_Kong")),
          Map.entry("tw", ZoneId.of("Asia/Taipei")));
  private static final Map<String, ZoneId> BY_LANGUAGE =
      Map.ofEntries(
          Map.entry("de", CENTRAL),
          Map.entry("it", CENTRAL),
          Map.entry("fr", CENTRAL),
          Map.entry("nl", CENTRAL),
          Map.entry("pl", CENTRAL),
          Map.entry("cs", CENTRAL),
          Map.entry("hu", CENTRAL),
          Map.entry("da", CENTRAL),
          Map.entry("sv", CENTRAL),
          Map.entry("nb", CENTRAL),
          Map.entry("el", EASTERN),
          Map.entry("ro", EASTERN),
          Map.entry("bg", EASTERN),
          Map.entry("fi", EASTERN),
          Map.entry("tr", ZoneId.of("Europe/Istanbul")),
          Map.entry("ja", ZoneId.of("Asia/Tokyo")),
          Map.entry("ko", ZoneId.of("Asia/Seoul")));

  private LocalZone() {}

  /** The zone for a site on top-level domain {@code tld} with pages in language {@code lang}. */
  static Optional<ZoneId> guess(String tld, String lang) {
    ZoneId byCountry = BY_COUNTRY.get(tld.toLowerCase(Locale.ROOT));
    if (byCountry != null) {
      return Optional.of(byCountry);
    }
    String primary = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    boolean generic = tld.length() != 2;
    return generic ? Optional.ofNullable(BY_LANGUAGE.get(primary)) : Optional.empty();
  }

  /** {@code d} moved to {@code zone} when it is a UTC time; other dates are already local. */
  static PublicationDate toLocal(PublicationDate d, ZoneId zone) {
    boolean utc = d.offset().map(o -> o.getTotalSeconds() == 0).orElse(false);
    if (!utc || d.time().isEmpty()) {
      return d;
    }
    ZonedDateTime local =
        OffsetDateTime.of(d.date(), d.time().get(), ZoneOffset.UTC).atZoneSameInstant(zone);
    return new PublicationDate(
        local.toLocalDate(),
        Optional.of(local.toLocalTime()),
        Optional.of(local.getOffset()),
        d.source());
  }
}
