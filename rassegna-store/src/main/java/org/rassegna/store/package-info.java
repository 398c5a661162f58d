/**
 * The corpus: a folder holding a Lucene full-text index ({@code index/}) and a DuckDB database
 * ({@code corpus.duckdb}). {@link org.rassegna.store.Corpus} takes extraction outcomes in and
 * commits them in batches to both stores; {@link org.rassegna.store.CorpusSearch} answers ranked
 * queries with snippets and facet counts from the index; {@link org.rassegna.store.CorpusSql} runs
 * SQL and exports over the database.
 */
package org.rassegna.store;
