/**
 * CLI front ends of {@code rassegna-nlp}: {@code rassegna train ner} retrains the shipped NER
 * models from the shared data sets.
 */
package org.rassegna.cli.nlp;
