package org.rassegna.nlp.link;

import org.rassegna.nlp.kb.AliasKind;

/**
 * A knowledge-base alias found in the text.
 *
 * @param firstToken index of the hit's first token in the article's token list
 * @param lastToken index of its last token (inclusive)
 */
record KbHit(int start, int end, int entity, AliasKind kind, int firstToken, int lastToken) {}
