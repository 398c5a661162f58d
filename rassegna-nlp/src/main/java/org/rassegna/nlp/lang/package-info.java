/**
 * Language identification: takes an article body (and the page's declared language as fallback),
 * gives an ISO 639-1 code with a confidence.
 */
package org.rassegna.nlp.lang;
