/**
 * Evaluation of the enrichment stage against hand-labelled data: entity links, and PLOVER events
 * (type accuracy on the PLOVER and PETRARCH gold sentences, event F1 on the project's passage set).
 * Gives scores as records and prints no figures itself.
 */
package org.rassegna.nlp.eval;
