/**
 * Sources: files, folders, gzip, WARC, JSON Lines and standard input, read lazily into {@link
 * org.rassegna.model.SourceItem}s. Each input record yields exactly one item: a page to extract, or
 * a skipped/failed outcome naming the file and offset.
 */
package org.rassegna.source;
