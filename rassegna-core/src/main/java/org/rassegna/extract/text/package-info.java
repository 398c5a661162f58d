/**
 * Plain-text page dumps to articles: title, dateline, byline and body lines without boilerplate.
 */
package org.rassegna.extract.text;
