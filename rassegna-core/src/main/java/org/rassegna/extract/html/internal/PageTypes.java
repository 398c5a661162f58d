package org.rassegna.extract.html.internal;

import org.rassegna.model.Body;
import org.rassegna.model.PageType;

/**
 * Guesses whether a page is one article, a listing of articles or something else. Declared types
 * decide when present; otherwise a page with a real body is an article, and a page with little body
 * but many headline links (teasers) is a listing.
 */
public final class PageTypes {
  private static final int ARTICLE_BODY_CHARS = 500;
  private static final int LISTING_TEASERS = 8;

  private PageTypes() {}

  public static PageType guess(PageMetadata meta, Body body) {
    if (meta.articleMarkup()) {
      return PageType.ARTICLE;
    }
    if (meta.listingMarkup() && body.text().length() < ARTICLE_BODY_CHARS * 4) {
      return PageType.LISTING;
    }
    if (body.text().length() >= ARTICLE_BODY_CHARS) {
      return PageType.ARTICLE;
    }
    return meta.teaserLinks() >= LISTING_TEASERS ? PageType.LISTING : PageType.OTHER;
  }
}
