/** Evaluation of the enrichment stage against hand-linked data; prints no figures itself. */
package org.rassegna.nlp.eval;
