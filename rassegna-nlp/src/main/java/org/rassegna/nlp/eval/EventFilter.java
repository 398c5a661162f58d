package org.rassegna.nlp.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.rassegna.nlp.AnnotatedArticle;
import org.rassegna.nlp.event.EventActor;
import org.rassegna.nlp.event.PoliticalEvent;
import org.rassegna.nlp.quote.Quote;

/**
 * A binary keep/drop filter over the coder's events: a logistic regression over features of each
 * coded event in its article, learnt from events labelled right or wrong against passages' gold.
 * The coder has low precision on the labelled passages, and this is the experiment of whether a
 * trained stage after it can drop the unlikely events; an event is kept when its probability
 * reaches a threshold, chosen for F1 rather than accuracy (with few right events the F1-optimal
 * threshold lies well below one half).
 *
 * <p>Features: the event's type, mode, language and trigger words (alone and with the type),
 * whether source and target have a country, are linked entities and share a country, their sectors,
 * negation and hypothesis, whether the trigger sits inside a direct or a reported quote, the
 * sentence's length, the coder's confidence, and how many events and countries the article's events
 * hold (a cue of the passage's topic). Immutable once built.
 */
public final class EventFilter {
  /** One training example: an event in its article and whether the gold holds it. */
  public record Example(AnnotatedArticle article, PoliticalEvent event, boolean right) {}

  /** Step size of the gradient descent. */
  private static final double RATE = 0.1;

  /** L2 penalty: few examples and many sparse features, so weights are held near zero. */
  private static final double PENALTY = 0.01;

  private final Map<String, Double> weights;

  private EventFilter(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /**
   * Learns a filter by stochastic gradient descent on the log-loss; deterministic for a seed
   * (examples are shuffled by it each epoch).
   *
   * @param epochs passes over the examples
   */
  public static EventFilter train(List<Example> examples, int epochs, long seed) {
    List<List<String>> features = new ArrayList<>();
    for (Example e : examples) {
      features.add(features(e.article(), e.event()));
    }
    Map<String, Double> w = new HashMap<>();
    Random random = new Random(seed);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        List<String> f = features.get(i);
        double error = (examples.get(i).right() ? 1 : 0) - probability(w, f);
        for (String name : f) {
          double old = w.getOrDefault(name, 0.0);
          w.put(name, old + RATE * (error - PENALTY * old));
        }
      }
    }
    return new EventFilter(w);
  }

  /** The model's probability that the gold holds the event (its type and source country). */
  public double probability(AnnotatedArticle article, PoliticalEvent event) {
    return probability(weights, features(article, event));
  }

  /** The article's events whose probability reaches {@code threshold}, in order. */
  public List<PoliticalEvent> filter(AnnotatedArticle article, double threshold) {
    return article.events().stream().filter(e -> probability(article, e) >= threshold).toList();
  }

  private static double probability(Map<String, Double> w, List<String> features) {
    double s = 0;
    for (String f : features) {
      s += w.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-s));
  }

  static List<String> features(AnnotatedArticle article, PoliticalEvent e) {
    String text = article.article().text();
    String type = e.type().name();
    String lang = article.language().orElse("-");
    String trigger =
        text.substring(e.trigger().start(), e.trigger().end()).toLowerCase(Locale.ROOT).strip();
    List<String> f = new ArrayList<>();
    f.add("bias");
    f.add("type=" + type);
    f.add("lang=" + lang);
    f.add("type,lang=" + type + "," + lang);
    f.add("mode=" + e.mode().orElse("-"));
    f.add("trigger=" + lang + ":" + trigger);
    f.add("trigger,type=" + lang + ":" + trigger + "," + type);
    actor(f, "source", e.source(), type);
    actor(f, "target", e.target(), type);
    boolean same =
        e.source().flatMap(EventActor::country).isPresent()
            && e.source()
                .flatMap(EventActor::country)
                .equals(e.target().flatMap(EventActor::country));
    f.add("sameCountry=" + same);
    f.add("negated=" + e.negated());
    f.add("hypothetical=" + e.hypothetical());
    f.add("quote=" + quote(article.quotes(), e.trigger().start()));
    f.add("sentenceWords=" + bucket(text.substring(e.start(), e.end()).split("\\s+").length));
    f.add("confidence=" + Math.round(e.confidence() * 10));
    f.add("articleEvents=" + Math.min(3, article.events().size()));
    f.add("articleCountries=" + Math.min(3, countries(article)));
    return f;
  }

  private static void actor(List<String> f, String role, Optional<EventActor> actor, String type) {
    if (actor.isEmpty()) {
      f.add(role + "=none");
      f.add(role + ",type=none," + type);
      return;
    }
    EventActor a = actor.get();
    f.add(role + "Country=" + a.country().isPresent());
    f.add(role + "Linked=" + a.entityId().isPresent());
    f.add(role + "Sector=" + a.sector().orElse("-"));
    f.add(role + "Sector,type=" + a.sector().orElse("-") + "," + type);
  }

  private static String quote(List<Quote> quotes, int offset) {
    for (Quote q : quotes) {
      if (q.start() <= offset && offset < q.end()) {
        return q.direct() ? "direct" : "reported";
      }
    }
    return "none";
  }

  private static int bucket(int words) {
    return words < 15 ? 0 : words < 30 ? 1 : words < 50 ? 2 : 3;
  }

  private static long countries(AnnotatedArticle article) {
    return article.events().stream()
        .flatMap(ev -> Stream.of(ev.source(), ev.target()))
        .flatMap(Optional::stream)
        .map(EventActor::country)
        .flatMap(Optional::stream)
        .distinct()
        .count();
  }
}
