/**
 * Entity linking and in-article coreference: takes a body's tokens and a tagger's mentions, gives
 * {@link org.rassegna.nlp.LinkedEntity} values tied to the knowledge base where possible.
 */
package org.rassegna.nlp.link;
