package org.rassegna.store.index;

import java.util.Locale;

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

  private Fields() {}

  public static String title(String suffix) {
    return "title_" + suffix;
  }

  public static String text(String suffix) {
    return "text_" + suffix;
  }

  /** The form keyword fields are indexed and queried in. */
  public static String keyword(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }
}
