package org.rassegna.extract.date;

import java.util.Objects;
import java.util.Optional;
import org.rassegna.model.PublicationDate;

/** The publication and last-modified dates found on a page. */
public record PageDates(Optional<PublicationDate> published, Optional<PublicationDate> modified) {
  public PageDates {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(modified, "modified");
  }

  public static PageDates none() {
    return new PageDates(Optional.empty(), Optional.empty());
  }
}
