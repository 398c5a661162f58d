/**
 * Sentences and word tokens: takes a body and its language, gives spans into the body. ICU break
 * rules plus per-language abbreviation lists.
 */
package org.rassegna.nlp.text;
