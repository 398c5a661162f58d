package org.rassegna.extract.date;

import java.util.List;
import java.util.Locale;

/**
 * The words written just before a date that say what it is: "Erschienen am", "Published", "publié
 * le" mark a publication date; "Aktualisiert", "Updated", "mis à jour", "Stand:" mark a later
 * change. Used to pick among the dates in plain text.
 */
final class DateCues {
  private static final int WINDOW = 40;
  private static final List<String> PUBLISHED =
      List.of(
          "erschienen",
          "veröffentlicht",
          "publiziert",
          "gepostet",
          "published",
          "posted",
          "publié",
          "pubblicato",
          "publicado",
          "publicada",
          "опубликовано");
  private static final List<String> MODIFIED =
      List.of(
          "aktualisiert",
          "geändert",
          "änderung",
          "stand:",
          "updated",
          "update:",
          "modified",
          "edited",
          "mis à jour",
          "modifié",
          "aggiornato",
          "actualizado",
          "atualizado",
          "обновлено");

  /** What the text just before a date says about it. */
  enum Cue {
    PUBLISHED,
    NONE,
    MODIFIED
  }

  private DateCues() {}

  /**
   * The cue in the few words before position {@code start} of {@code text}, not looking back past
   * {@code after} (the end of the previous date, whose cue is its own).
   */
  static Cue before(String text, int start, int after) {
    String lead = text.substring(Math.max(after, start - WINDOW), start).toLowerCase(Locale.ROOT);
    int published = lastIndex(lead, PUBLISHED);
    int modified = lastIndex(lead, MODIFIED);
    if (published < 0 && modified < 0) {
      return Cue.NONE;
    }
    return published > modified ? Cue.PUBLISHED : Cue.MODIFIED;
  }

  private static int lastIndex(String lead, List<String> words) {
    int last = -1;
    for (String w : words) {
      last = Math.max(last, lead.lastIndexOf(w));
    }
    return last;
  }
}
