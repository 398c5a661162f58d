/**
 * Political events coded in the PLOVER ontology: takes an article's sentences, tokens and linked
 * entities and gives {@link org.rassegna.nlp.event.PoliticalEvent}s (type, mode, source and target
 * actors, date, negation, hypothesis, sentence offsets, confidence).
 *
 * <p>The stages are separate so a trained model can replace one without touching the others: a
 * per-language trigger lexicon ({@link org.rassegna.nlp.event.TriggerLexicon}) and its matcher find
 * trigger words and their type, {@link org.rassegna.nlp.event.ActorAssigner} picks source and
 * target among the linked entities, {@link org.rassegna.nlp.event.EventDates} resolves the date
 * against the publication day and {@link org.rassegna.nlp.event.Modality} flags negation and
 * hypothesis. {@link org.rassegna.nlp.event.EventCoder} composes them.
 */
package org.rassegna.nlp.event;
