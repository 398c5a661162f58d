/**
 * Implementation details of the corpus shared by the index and SQL halves: the flat article row
 * both stores are written from, the content hash and the single-writer lock. Not API.
 */
package org.rassegna.store.internal;
