/**
 * The DuckDB half of the corpus and its source of truth: the schema, the article rows, the batch
 * and run log and the skipped/failed outcomes. Used by {@code org.rassegna.store}; callers should
 * go through that package.
 */
package org.rassegna.store.sql;
