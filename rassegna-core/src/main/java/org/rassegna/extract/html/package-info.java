/**
 * HTML pages to articles. {@link org.rassegna.extract.html.HtmlExtractor} takes a decoded page and
 * its {@link org.rassegna.extract.PageContext} and gives an {@link org.rassegna.model.Article}:
 * metadata from structured data and markup, dates from {@code extract.date}, and a body of typed
 * blocks chosen by DOM evidence (prose versus link and label text, class-name hints). The {@code
 * internal} package holds the steps and is not API.
 */
package org.rassegna.extract.html;
