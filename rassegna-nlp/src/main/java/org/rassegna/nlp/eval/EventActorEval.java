package org.rassegna.nlp.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rassegna.model.Article;
import org.rassegna.model.BlockKind;
import org.rassegna.model.Body;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;
import org.rassegna.nlp.Annotator;
import org.rassegna.nlp.event.EventActor;
import org.rassegna.nlp.event.PloverType;
import org.rassegna.nlp.event.PoliticalEvent;

/**
 * Actor accuracy of the whole pipeline on the gold sentences whose main event has an actor of known
 * country: each sentence is annotated alone, and its <em>main</em> event is the surest one the
 * coder gives (highest confidence, the earliest of equals), negated events left out. Scored per set
 * and language:
 *
 * <ul>
 *   <li>{@code source}: over sentences whose gold source has a country, the main event's source
 *       country is that country;
 *   <li>{@code target}: the same for the target;
 *   <li>{@code event}: over all such sentences, the main event's type is a gold type and both its
 *       countries equal the gold's (an actor of no country equals none).
 * </ul>
 *
 * CONSULT and COOPERATE events also count with their actors swapped, as in the passage scores. A
 * sentence without a coded event is wrong on every count. Why this measure: the hand-labelled
 * passages hold some thirty events, too few to tell one actor rule from another; these sets hold
 * hundreds of sentences with CAMEO actor codes.
 */
public final class EventActorEval {

  /** Accuracies of one set and language. */
  public record Result(String set, String language, Tally source, Tally target, Tally event) {}

  private final Annotator annotator;

  public EventActorEval(Annotator annotator) {
    this.annotator = annotator;
  }

  /** One result per (set, language) with some actor country, in the order the sets appear. */
  public List<Result> score(List<GoldSentence> gold) {
    Map<String, Result> groups = new LinkedHashMap<>();
    for (GoldSentence g : gold) {
      if (!g.hasActorCountry()) {
        continue;
      }
      Optional<PoliticalEvent> main = main(g);
      List<Optional<String>> st = actors(main, g);
      Optional<String> src = st.get(0);
      Optional<String> tgt = st.get(1);
      boolean type = main.filter(e -> g.types().contains(e.type())).isPresent();
      Result r =
          groups.computeIfAbsent(
              g.set() + "\t" + g.language(),
              k -> new Result(g.set(), g.language(), zero(), zero(), zero()));
      groups.put(
          g.set() + "\t" + g.language(),
          new Result(
              r.set(),
              r.language(),
              g.source().isPresent() ? r.source().add(src.equals(g.source())) : r.source(),
              g.target().isPresent() ? r.target().add(tgt.equals(g.target())) : r.target(),
              r.event().add(type && src.equals(g.source()) && tgt.equals(g.target()))));
    }
    List<Result> out = new ArrayList<>(groups.values());
    if (out.size() > 1) {
      out.add(total(out));
    }
    return out;
  }

  /**
   * The sentences of {@code gold} whose main event misses a gold actor country, each written as the
   * gold and predicted type/source/target then the text; read them on the training part only, so
   * the held-out fifth stays unread.
   */
  public List<String> errors(List<GoldSentence> gold) {
    List<String> out = new ArrayList<>();
    for (GoldSentence g : gold) {
      if (!g.hasActorCountry()) {
        continue;
      }
      Optional<PoliticalEvent> main = main(g);
      List<Optional<String>> st = actors(main, g);
      Optional<String> src = st.get(0);
      Optional<String> tgt = st.get(1);
      if (!src.equals(g.source()) || !tgt.equals(g.target())) {
        out.add(
            String.format(
                "%s gold %s/%s/%s predicted %s/%s/%s%n  %s",
                g.set(),
                g.types().get(0),
                g.source().orElse("-"),
                g.target().orElse("-"),
                main.map(e -> e.type().name()).orElse("none"),
                src.orElse("-"),
                tgt.orElse("-"),
                g.text()));
      }
    }
    return out;
  }

  private static Result total(List<Result> rows) {
    Tally s = zero();
    Tally t = zero();
    Tally e = zero();
    for (Result r : rows) {
      s = sum(s, r.source());
      t = sum(t, r.target());
      e = sum(e, r.event());
    }
    return new Result(EventSetEval.ALL, "", s, t, e);
  }

  /**
   * The main event's source and target countries; CONSULT and COOPERATE are reciprocal in PLOVER,
   * so, as in {@link EventSetEval}, their actors are read swapped when that matches the gold.
   */
  private static List<Optional<String>> actors(Optional<PoliticalEvent> main, GoldSentence g) {
    Optional<String> src = main.flatMap(e -> e.source().flatMap(EventActor::country));
    Optional<String> tgt = main.flatMap(e -> e.target().flatMap(EventActor::country));
    boolean reciprocal =
        main.filter(e -> e.type() == PloverType.CONSULT || e.type() == PloverType.COOPERATE)
            .isPresent();
    if (reciprocal && src.equals(g.target()) && tgt.equals(g.source())) {
      return List.of(tgt, src);
    }
    return List.of(src, tgt);
  }

  private Optional<PoliticalEvent> main(GoldSentence g) {
    Body body = new Body.Builder().add(BlockKind.PARAGRAPH, g.text()).build();
    Article a =
        Article.builder(SourceRef.file(g.set(), SourceFormat.TEXT))
            .body(body)
            .language(Optional.of(g.language()))
            .build();
    return annotator.annotate(a).events().stream()
        .filter(e -> !e.negated())
        .max(
            Comparator.comparingDouble(PoliticalEvent::confidence)
                .thenComparingInt(e -> -e.trigger().start()));
  }

  private static Tally zero() {
    return new Tally(0, 0);
  }

  private static Tally sum(Tally a, Tally b) {
    return new Tally(a.total() + b.total(), a.correct() + b.correct());
  }
}
