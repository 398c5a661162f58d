/**
 * Enrichment: takes an {@link org.rassegna.model.Article} and gives an {@link
 * org.rassegna.nlp.AnnotatedArticle}: language with confidence, sentences, named entities linked to
 * canonical actors, all as stand-off character offsets into the article body.
 */
package org.rassegna.nlp;
