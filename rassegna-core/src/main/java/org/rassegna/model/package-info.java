/**
 * The records that cross stages: a {@link org.rassegna.model.RawPage} read by a source, the {@link
 * org.rassegna.model.Article} extracted from it, and the {@link org.rassegna.model.Outcome} every
 * input record ends in.
 */
package org.rassegna.model;
