/** Dates: multilingual parsing of date strings and finding a page's publication date. */
package org.rassegna.extract.date;
