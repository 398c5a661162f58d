/**
 * The knowledge base of canonical actors (countries, governments, international organisations,
 * officials) with multilingual aliases. {@link org.rassegna.nlp.kb.KnowledgeBase#shipped()} reads
 * the copy in the jar; {@code org.rassegna.nlp.kb.build} makes it from open data.
 */
package org.rassegna.nlp.kb;
