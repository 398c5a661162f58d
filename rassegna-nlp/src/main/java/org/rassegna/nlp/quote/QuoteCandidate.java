package org.rassegna.nlp.quote;

import java.util.List;
import java.util.Objects;
import org.rassegna.nlp.Span;

/**
 * A quotation found by a {@link QuoteFinder}, before its speaker is known.
 *
 * @param parts the quoted stretches of the body, in order
 * @param direct quote marks or a dialogue dash (true), reported speech (false)
 * @param kind what links the quote to its speaker
 * @param cue where that link is written: the verb with its auxiliaries, the "according to" phrase,
 *     the colon; an empty span at the quote start for {@link CueKind#NONE}
 * @param window the clause in which the speaker is looked for, never overlapping the parts
 */
public record QuoteCandidate(
    List<Span> parts, boolean direct, CueKind kind, Span cue, Span window) {

  public QuoteCandidate {
    parts = List.copyOf(parts);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(window, "window");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("quote candidate has no parts");
    }
  }

  public int start() {
    return parts.get(0).start();
  }

  public int end() {
    return parts.get(parts.size() - 1).end();
  }

  public boolean overlaps(int from, int to) {
    return start() < to && from < end();
  }
}
