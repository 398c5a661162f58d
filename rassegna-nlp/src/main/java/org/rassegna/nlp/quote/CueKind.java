package org.rassegna.nlp.quote;

/** What ties a quote candidate to its speaker. */
public enum CueKind {
  /** A reporting verb ("said", "ha affermato"); the speaker is its subject, before or after it. */
  VERB,
  /** An "according to" phrase; the speaker follows it. */
  ACCORDING,
  /**
   * "X, secondo cui …", "X, selon lequel …": a relative "according to"; the speaker is the name it
   * hangs on, in the clause before.
   */
  RELATIVE,
  /** A colon before the quote; the speaker is named in the clause before it. */
  COLON,
  /** Nothing in reach: the quote may continue the previous speaker's words. */
  NONE
}
