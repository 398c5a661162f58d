package org.rassegna.nlp.kb;

/**
 * How an alias names its entry. The kind decides how the matcher trusts a hit: names and seats are
 * proper nouns (capitalised in text); demonyms are ordinary adjectives of one language; a capital
 * names the government only when it acts; a surname alone only when the full name is near.
 */
public enum AliasKind {
  NAME,
  DEMONYM,
  SEAT,
  CAPITAL,
  SURNAME
}
