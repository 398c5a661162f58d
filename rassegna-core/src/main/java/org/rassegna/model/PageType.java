package org.rassegna.model;

import java.util.Locale;

/** Whether a page is a single article, a listing of articles, or something else. */
public enum PageType {
  ARTICLE,
  LISTING,
  OTHER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
