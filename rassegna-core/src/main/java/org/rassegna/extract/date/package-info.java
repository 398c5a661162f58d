/**
 * Dates: multilingual parsing of date strings ({@link org.rassegna.extract.date.DateParser}) and
 * finding a page's publication and modification dates ({@link org.rassegna.extract.date.HtmlDates})
 * from JSON-LD, meta tags, date markup, the URL and the text, never from sidebars, teasers or
 * comments. Takes a jsoup document (or a string) and gives {@link
 * org.rassegna.model.PublicationDate} values as precise as the page wrote them.
 */
package org.rassegna.extract.date;
