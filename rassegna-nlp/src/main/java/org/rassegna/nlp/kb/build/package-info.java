/**
 * Builds the knowledge base: takes the open data of {@code shared/data/kb} (PETRARCH2/Phoenix
 * actors, Wikidata country aliases, mledoze countries, Supraverden organisations) and the project's
 * hand-written tables, gives a {@link org.rassegna.nlp.kb.KnowledgeBase}.
 */
package org.rassegna.nlp.kb.build;
