package org.rassegna.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.rassegna.model.Article;
import org.rassegna.model.BlockKind;
import org.rassegna.model.Body;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;
import org.rassegna.nlp.Annotator;
import org.rassegna.nlp.event.EventActor;
import org.rassegna.nlp.event.PoliticalEvent;

/**
 * Scores whole-pipeline event coding on a labelled passage set (JSON Lines: {@code id}, {@code
 * lang}, {@code published} day or null, {@code text}, {@code events} of {@code type}, {@code
 * source}/{@code target} country codes or null, {@code date}). An event is the tuple (type, source
 * country, target country, date); a predicted tuple is right when the passage's gold has it
 * unmatched. CONSULT and COOPERATE are reciprocal in PLOVER, so their tuples also match with source
 * and target swapped. Negated predictions are left out, as PLOVER leaves negated events out of the
 * data.
 */
public final class EventSetEval {
  /** Label of the all-languages and all-types rows. */
  public static final String ALL = "all";

  /** Looser levels of matching, printed to show where the strict score is lost. */
  static final String LEVEL_TYPE = "type";

  static final String LEVEL_SOURCE = "type+source";
  static final String LEVEL_ACTORS = "type+source+target";
  static final String LEVEL_FULL = "type+source+target+date";

  /** Counts of one row: language or type. */
  public record Counts(String key, int predicted, int gold, int correct) {
    public double precision() {
      return Ratios.precision(correct, predicted);
    }

    public double recall() {
      return Ratios.recall(correct, gold);
    }

    public double f1() {
      return Ratios.f1(precision(), recall());
    }

    Counts plus(int p, int g, int c) {
      return new Counts(key, predicted + p, gold + g, correct + c);
    }
  }

  /** A passage whose predicted tuples differ from its gold, tuples written type/src/tgt/date. */
  public record Mismatch(String id, List<String> gold, List<String> predicted) {
    public Mismatch {
      gold = List.copyOf(gold);
      predicted = List.copyOf(predicted);
    }
  }

  /**
   * Rows by language and by type, each with an {@value #ALL} row; looser levels of matching (type
   * only, type and source country, …), for all languages (keys such as {@code type+source}) then
   * per language ({@code type+source it}); and the passages missed.
   */
  public record Result(
      int passages,
      List<Counts> byLanguage,
      List<Counts> byType,
      List<Counts> byLevel,
      List<Mismatch> mismatches) {
    public Result {
      byLanguage = List.copyOf(byLanguage);
      byType = List.copyOf(byType);
      byLevel = List.copyOf(byLevel);
      mismatches = List.copyOf(mismatches);
    }
  }

  private record Tuple(String type, String source, String target, String date) {
    @Override
    public String toString() {
      return type + "/" + source + "/" + target + "/" + date;
    }

    boolean matches(Tuple g) {
      return date.equals(g.date) && matchesActors(g);
    }

    boolean matchesActors(Tuple g) {
      if (!type.equals(g.type)) {
        return false;
      }
      boolean straight = source.equals(g.source) && target.equals(g.target);
      boolean reciprocal = type.equals("CONSULT") || type.equals("COOPERATE");
      return straight || (reciprocal && source.equals(g.target) && target.equals(g.source));
    }

    /** The tuple as seen at a looser level: fields the level ignores are blanked. */
    Tuple at(String level) {
      return switch (level) {
        case LEVEL_TYPE -> new Tuple(type, "", "", "");
        case LEVEL_SOURCE -> new Tuple(type, source, "", "");
        case LEVEL_ACTORS -> new Tuple(type, source, target, "");
        default -> this;
      };
    }
  }

  private final Annotator annotator;

  public EventSetEval(Annotator annotator) {
    this.annotator = annotator;
  }

  public Result run(Path jsonl) throws IOException {
    return score(read(jsonl), this::predict);
  }

  /**
   * Scores events already coded for passages read by {@link #read}: the same metric and tables as
   * {@link #run}, for callers that change the coder's output (a filter under cross-validation).
   */
  public static Result scoreEvents(
      List<JsonNode> passages, Function<JsonNode, List<PoliticalEvent>> coded) {
    return score(passages, p -> tuples(coded.apply(p)));
  }

  /** The passages of a labelled set, one JSON object each, in file order. */
  public static List<JsonNode> read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(json.readTree(line));
      }
    }
    return out;
  }

  /** True when the passage's gold holds an event of the event's type and source country. */
  public static boolean goldHasTypeAndSource(JsonNode passage, PoliticalEvent e) {
    String source = country(e.source());
    for (Tuple g : gold(passage.path("events"))) {
      if (g.type().equals(e.type().name()) && g.source().equals(source)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Inter-annotator agreement: {@code second}'s labels of the passages of {@code first} scored
   * against {@code first}'s as if they were the coder's output (same metric, same tables). Both
   * files must hold the same passages (by id, with the same text).
   */
  public static Result agreement(Path first, Path second) throws IOException {
    Map<String, JsonNode> others = new HashMap<>();
    for (JsonNode p : read(second)) {
      others.put(p.path("id").asText(), p);
    }
    Result result =
        score(
            read(first),
            p -> {
              JsonNode other = others.remove(p.path("id").asText());
              if (other == null || !other.path("text").equals(p.path("text"))) {
                throw new IllegalArgumentException(
                    "passage "
                        + p.path("id").asText()
                        + " is missing from "
                        + second
                        + " or has another text there");
              }
              return gold(other.path("events"));
            });
    if (!others.isEmpty()) {
      throw new IOException(second + " has passages " + first + " lacks: " + others.keySet());
    }
    return result;
  }

  private static Result score(List<JsonNode> passages, Function<JsonNode, List<Tuple>> predictor) {
    Map<String, Counts> byLang = new TreeMap<>();
    Map<String, Counts> byType = new TreeMap<>();
    List<Mismatch> mismatches = new ArrayList<>();
    Map<String, Counts> byLevel = new LinkedHashMap<>();
    Map<String, Counts> byLevelLang = new TreeMap<>();
    int n = 0;
    for (JsonNode p : passages) {
      n++;
      List<Tuple> gold = gold(p.path("events"));
      List<Tuple> predicted = predictor.apply(p);
      String lang = p.path("lang").asText();
      for (String level : List.of(LEVEL_TYPE, LEVEL_SOURCE, LEVEL_ACTORS)) {
        score(at(predicted, level), at(gold, level), level, byLevel, new TreeMap<>());
        score(
            at(predicted, level),
            at(gold, level),
            level + " " + lang,
            byLevelLang,
            new TreeMap<>());
      }
      int right = score(predicted, gold, lang, byLang, byType);
      score(predicted, gold, LEVEL_FULL, byLevel, new TreeMap<>());
      if (right < Math.max(gold.size(), predicted.size())) {
        mismatches.add(
            new Mismatch(
                p.path("id").asText(),
                gold.stream().map(Tuple::toString).toList(),
                predicted.stream().map(Tuple::toString).toList()));
      }
    }
    List<Counts> levels = new ArrayList<>(byLevel.values());
    levels.addAll(byLevelLang.values());
    return new Result(n, rows(byLang), rows(byType), levels, mismatches);
  }

  private static List<Tuple> at(List<Tuple> tuples, String level) {
    return tuples.stream().map(t -> t.at(level)).toList();
  }

  private static List<Counts> rows(Map<String, Counts> m) {
    List<Counts> out = new ArrayList<>(m.values());
    Counts all = new Counts(ALL, 0, 0, 0);
    for (Counts c : m.values()) {
      all = all.plus(c.predicted(), c.gold(), c.correct());
    }
    out.add(all);
    return out;
  }

  /** Adds a passage's counts to the rows; returns how many predicted tuples were right. */
  private static int score(
      List<Tuple> predicted,
      List<Tuple> gold,
      String lang,
      Map<String, Counts> byLang,
      Map<String, Counts> byType) {
    List<Tuple> open = new ArrayList<>(gold);
    int correct = 0;
    for (Tuple t : predicted) {
      int hit = -1;
      for (int i = 0; i < open.size() && hit < 0; i++) {
        hit = t.matches(open.get(i)) ? i : -1;
      }
      if (hit >= 0) {
        open.remove(hit);
        correct++;
      }
      add(byLang, lang, 1, 0, hit >= 0 ? 1 : 0);
      add(byType, t.type(), 1, 0, hit >= 0 ? 1 : 0);
    }
    for (Tuple g : gold) {
      add(byLang, lang, 0, 1, 0);
      add(byType, g.type(), 0, 1, 0);
    }
    return correct;
  }

  private static void add(Map<String, Counts> m, String key, int p, int g, int c) {
    m.computeIfAbsent(key, k -> new Counts(k, 0, 0, 0));
    m.put(key, m.get(key).plus(p, g, c));
  }

  private List<Tuple> predict(JsonNode p) {
    return tuples(annotator.annotate(article(p)).events());
  }

  private static List<Tuple> tuples(List<PoliticalEvent> events) {
    List<Tuple> out = new ArrayList<>();
    for (PoliticalEvent e : events) {
      if (!e.negated()) {
        out.add(
            new Tuple(
                e.type().name(),
                country(e.source()),
                country(e.target()),
                e.date().map(LocalDate::toString).orElse("-")));
      }
    }
    return out;
  }

  private static String country(Optional<EventActor> a) {
    return a.flatMap(EventActor::country).orElse("-");
  }

  private static List<Tuple> gold(JsonNode events) {
    List<Tuple> out = new ArrayList<>();
    for (JsonNode e : events) {
      out.add(
          new Tuple(
              e.path("type").asText(),
              orDash(e.path("source")),
              orDash(e.path("target")),
              orDash(e.path("date"))));
    }
    return out;
  }

  private static String orDash(JsonNode n) {
    return n.isMissingNode() || n.isNull() || n.asText().isEmpty() ? "-" : n.asText();
  }

  /** The passage as an article: its paragraphs, language and publication day. */
  static Article article(JsonNode p) {
    Body.Builder b = new Body.Builder();
    for (String para : p.path("text").asText().split("\n\n")) {
      b.add(BlockKind.PARAGRAPH, para);
    }
    Optional<PublicationDate> published =
        p.path("published").isTextual()
            ? Optional.of(
                PublicationDate.ofDay(
                    LocalDate.parse(p.path("published").asText()), DateSource.TEXT))
            : Optional.empty();
    return Article.builder(SourceRef.file(p.path("id").asText(), SourceFormat.TEXT))
        .body(b.build())
        .published(published)
        .language(Optional.of(p.path("lang").asText()))
        .build();
  }
}
