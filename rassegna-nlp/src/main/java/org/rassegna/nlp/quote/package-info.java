/**
 * Quotes and their speakers: takes a body with its sentences, tokens and linked entities, gives
 * {@link org.rassegna.nlp.quote.Quote} values (direct and reported speech) as offsets into the
 * body, each attributed to a {@link org.rassegna.nlp.quote.Speaker} where the text names one.
 *
 * <p>Three stages, each behind an interface so a trained model can replace it: {@link
 * org.rassegna.nlp.quote.QuoteFinder} for direct quotes and for reported speech, then a {@link
 * org.rassegna.nlp.quote.SpeakerAttributor}. {@link org.rassegna.nlp.quote.QuoteExtractor} composes
 * them. Word lists per language live in resource files beside these classes.
 */
package org.rassegna.nlp.quote;
