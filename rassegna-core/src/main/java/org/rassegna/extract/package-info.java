/**
 * Extraction: takes a {@link org.rassegna.model.RawPage} and gives an {@link
 * org.rassegna.model.Outcome} holding a clean {@link org.rassegna.model.Article}. {@link
 * org.rassegna.extract.Extraction} is the public face; {@code .html} reads markup, {@code .text}
 * reads plain-text page dumps, {@code .date} finds and parses dates, {@code .charset} decodes
 * bytes.
 */
package org.rassegna.extract;
