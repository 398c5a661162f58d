package org.rassegna.nlp.quote;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rassegna.nlp.Span;

/**
 * One quotation of an article: what was said, where in the body, whether in the speaker's own
 * words, and by whom.
 *
 * @param start offset of the first quoted character (inside the quote marks)
 * @param end end of the last quoted character; a quote split by its attribution ("…", he said, "…")
 *     spans both parts and the attribution between them
 * @param parts the quoted stretches, in order; one unless the quote was split
 * @param text the parts' text joined by one space
 * @param direct true for the speaker's own words in quote marks or after a dialogue dash, false for
 *     reported speech ("said that …", "secondo …")
 * @param speaker who said it; empty when the text does not say
 * @param verb the reporting verb or phrase as written ("ha detto", "said", "according to"); empty
 *     when none (a colon, a continuation of the previous speaker's quote)
 */
public record Quote(
    int start,
    int end,
    List<Span> parts,
    String text,
    boolean direct,
    Optional<Speaker> speaker,
    Optional<String> verb) {

  public Quote {
    parts = List.copyOf(parts);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(verb, "verb");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("quote has no parts");
    }
    if (start != parts.get(0).start() || end != parts.get(parts.size() - 1).end()) {
      throw new IllegalArgumentException("quote [" + start + "," + end + ") does not match parts");
    }
  }
}
