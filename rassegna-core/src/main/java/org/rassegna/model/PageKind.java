package org.rassegna.model;

/** How a page's content is to be read: as HTML markup or as a plain-text dump of a page. */
public enum PageKind {
  HTML,
  TEXT
}
