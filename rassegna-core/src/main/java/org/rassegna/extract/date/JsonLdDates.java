package org.rassegna.extract.date;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;

/**
 * Dates from schema.org JSON-LD blocks. Walks {@code @graph}, arrays and nested objects and prefers
 * the node that is the article itself (Article, NewsArticle, BlogPosting…) over pages, videos and
 * other parts; comments and reviews carry their own dates and are skipped. Broken JSON (sites emit
 * plenty) falls back to reading the quoted date fields out of the raw text.
 */
final class JsonLdDates {
  private static final ObjectMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .build();
  private static final Pattern RAW_FIELD =
      Pattern.compile("\"(datePublished|dateCreated|dateModified)\"\\s*:\\s*\"([^\"]{8,40})\"");
  private static final int MAX_DEPTH = 12;

  /** One node that carries dates, ranked by how surely it is the article (0 best). */
  record Entry(int rank, Optional<String> published, Optional<String> modified) {}

  private JsonLdDates() {}

  /**
   * The page's dates: those of the best-ranked node that has them (the first such node in document
   * order), published and modified looked up separately.
   */
  static PageDates find(DateMarkup markup, Function<String, Optional<PublicationDate>> parse) {
    List<Entry> entries = entries(markup.jsonLd);
    Optional<PublicationDate> published = Optional.empty();
    Optional<PublicationDate> modified = Optional.empty();
    for (int rank = 0; rank <= 2; rank++) {
      for (Entry e : entries) {
        if (e.rank() == rank) {
          published = published.or(() -> e.published().flatMap(parse));
          modified = modified.or(() -> e.modified().flatMap(parse));
        }
      }
    }
    return new PageDates(
        published.map(d -> d.withSource(DateSource.JSON_LD)),
        modified.map(d -> d.withSource(DateSource.JSON_LD)));
  }

  /** Date-carrying nodes of every JSON-LD block, in document order. */
  static List<Entry> entries(List<Element> scripts) {
    List<Entry> out = new ArrayList<>();
    for (Element script : scripts) {
      String json = script.data().strip();
      if (json.isEmpty()) {
        continue;
      }
      try {
        walk(LENIENT.readTree(json), out, 0);
      } catch (JsonProcessingException e) {
        raw(json, out);
      }
    }
    return out;
  }

  private static void walk(JsonNode node, List<Entry> out, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> walk(n, out, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    int rank = rank(node.path("@type"));
    if (rank < 0) {
      return;
    }
    Optional<String> published = text(node, "datePublished").or(() -> text(node, "dateCreated"));
    Optional<String> modified = text(node, "dateModified");
    if (published.isPresent() || modified.isPresent()) {
      out.add(new Entry(rank, published, modified));
    }
    node.fields()
        .forEachRemaining(
            f -> {
              if (f.getValue().isContainerNode()) {
                walk(f.getValue(), out, depth + 1);
              }
            });
  }

  /**
   * 0 for article types, 1 for web pages and untyped nodes, 2 for other things, -1 for nodes whose
   * dates belong to someone else's words (comments, reviews, answers).
   */
  private static int rank(JsonNode type) {
    String t = (type.isArray() ? type.toString() : type.asText()).toLowerCase(Locale.ROOT);
    if (t.contains("comment") || t.contains("review") || t.contains("answer")) {
      return -1;
    }
    if (t.contains("article") || t.contains("posting") || t.contains("report")) {
      return 0;
    }
    if (t.isEmpty() || t.contains("webpage") || t.contains("itempage")) {
      return 1;
    }
    return 2;
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v != null && v.isArray() && v.size() > 0) {
      v = v.get(0);
    }
    return v != null && v.isTextual() && !v.asText().isBlank()
        ? Optional.of(v.asText())
        : Optional.empty();
  }

  private static void raw(String json, List<Entry> out) {
    Matcher m = RAW_FIELD.matcher(json);
    while (m.find()) {
      Optional<String> value = Optional.of(m.group(2));
      boolean modified = m.group(1).equals("dateModified");
      out.add(
          new Entry(1, modified ? Optional.empty() : value, modified ? value : Optional.empty()));
    }
  }
}
