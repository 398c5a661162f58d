/**
 * The Lucene half of the corpus: per-language analysis, the document layout (fields, facets), the
 * query syntax and the writer that commits a batch id with each commit. Used by {@code
 * org.rassegna.store}; callers should go through that package.
 */
package org.rassegna.store.index;
