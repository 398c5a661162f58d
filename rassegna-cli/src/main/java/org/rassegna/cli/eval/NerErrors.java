package org.rassegna.cli.eval;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.ner.TokenSpan;

/**
 * The mistakes of a NER run, by kind: a right span with the wrong type, a span that overlaps the
 * gold one with other bounds, a gold entity nothing touches (missed), a predicted one no gold
 * entity touches (spurious). Lists each, then the counts, so a recipe change can be judged by what
 * it fixes. For development data only: reading a test set's errors makes it development data.
 */
final class NerErrors {
  private final EnumSet<EntityType> types;
  private final Map<String, Integer> counts = new TreeMap<>();

  NerErrors(EnumSet<EntityType> types) {
    this.types = types;
  }

  /** Prints the errors of one sentence, if any. */
  void add(List<String> tokens, List<TokenSpan> gold, List<TokenSpan> predicted, PrintWriter out) {
    for (TokenSpan g : gold) {
      if (!types.contains(g.type()) || predicted.contains(g)) {
        continue;
      }
      TokenSpan near = overlapping(g, predicted);
      String kind;
      if (near == null) {
        kind = "missed " + g.type().conll();
      } else if (near.start() == g.start() && near.end() == g.end()) {
        kind = "type " + g.type().conll() + "->" + near.type().conll();
      } else {
        kind = "bounds " + g.type().conll();
      }
      report(kind, text(tokens, g), near == null ? "" : text(tokens, near), tokens, out);
    }
    for (TokenSpan p : predicted) {
      if (types.contains(p.type()) && overlapping(p, gold) == null) {
        report("spurious " + p.type().conll(), "", text(tokens, p), tokens, out);
      }
    }
  }

  private void report(
      String kind, String gold, String predicted, List<String> tokens, PrintWriter out) {
    counts.merge(kind, 1, Integer::sum);
    out.printf("%-16s gold [%s] predicted [%s] | %s%n", kind, gold, predicted, snippet(tokens));
  }

  /** The counts of every kind of error seen. */
  void summary(PrintWriter out) {
    counts.forEach((kind, n) -> out.printf("%-16s %6d%n", kind, n));
  }

  private static TokenSpan overlapping(TokenSpan span, List<TokenSpan> others) {
    for (TokenSpan o : others) {
      if (o.start() < span.end() && span.start() < o.end()) {
        return o;
      }
    }
    return null;
  }

  private static String text(List<String> tokens, TokenSpan span) {
    return String.join(" ", tokens.subList(span.start(), span.end()));
  }

  private static String snippet(List<String> tokens) {
    String all = String.join(" ", tokens);
    return all.length() <= 200 ? all : all.substring(0, 200) + "…";
  }
}
