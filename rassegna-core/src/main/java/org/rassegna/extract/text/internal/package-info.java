/**
 * Details of the text-dump extractor, not API: line features, stopword lists, the content-run
 * labeller and the dateline, byline, title and site-name finders. Everything here works on the
 * lines of one dump and may change without notice.
 */
package org.rassegna.extract.text.internal;
