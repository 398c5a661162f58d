package org.rassegna.store.index;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names of the index's fields and facet dimensions, in one place for the writer and the
 * searcher.
 */
public final class Fields {
  /** The article id; the key that updates and deletes go by. */
  public static final String ID = "id";

  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String PUBLISHED = "published";

  /** Keyword fields, lower case, for {@code site:}, {@code lang:}, {@code author:} filters. */
  public static final String SITE = "site";

  public static final String LANGUAGE = "language";
  public static final String AUTHOR = "author";
  public static final String SECTION = "section";

  /**
   * Keyword field of the entities an article mentions, lower case: the knowledge-base id of each
   * linked entity ({@code q7747}) and the name of every entity ({@code vladimir putin}), for {@code
   * entity:} and {@code --entity}.
   */
  public static final String ENTITY = "entity";

  /** Stored display forms of keyword fields, as the page gave them. */
  public static final String SITE_NAME = "site_name";

  public static final String AUTHORS = "authors";

  /** Publication day as days since the epoch, for date ranges. */
  public static final String DAY_POINT = "day_point";

  /** Facet dimensions. */
  public static final String DIM_SITE = "site";

  public static final String DIM_LANGUAGE = "language";
  public static final String DIM_AUTHOR = "author";
  public static final String DIM_SECTION = "section";
  public static final String DIM_DAY = "day";
  public static final String DIM_MONTH = "month";

  /** Who is quoted: the speaker name of each quote (canonical name, or the text's description). */
  public static final String DIM_SPEAKER = "speaker";

  /** The PLOVER type of each event the article tells as having happened (not negated). */
  public static final String DIM_EVENT_TYPE = "event_type";

  /**
   * Entity facet dimensions, one per entity type, valued by canonical name (or, unlinked, by the
   * surface form): {@code person}, {@code organization}, {@code location}, {@code misc}.
   */
  public static final List<String> ENTITY_DIMS =
      List.of("person", "organization", "location", "misc");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Fields() {}

  public static String title(String suffix) {
    return "title_" + suffix;
  }

  public static String text(String suffix) {
    return "text_" + suffix;
  }

  /** The facet dimension of an entity type ({@code PERSON} gives {@code person}). */
  public static String entityDimension(String entityType) {
    return entityType.toLowerCase(Locale.ROOT);
  }

  /**
   * The form keyword fields are indexed and queried in: lower case, accents and compatibility forms
   * folded, runs of white space made one space, so that {@code --entity "Nicolas Maduro"} finds the
   * canonical {@code Nicolás Maduro}.
   */
  public static String keyword(String value) {
    String decomposed = Normalizer.normalize(value.strip(), Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
