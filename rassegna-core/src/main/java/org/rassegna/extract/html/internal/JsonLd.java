package org.rassegna.extract.html.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD scripts, flattened out of arrays and {@code @graph}
 * lists. Broken scripts are skipped: publishers ship plenty of them and one bad block must not cost
 * the others.
 */
public final class JsonLd {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_OBJECTS = 500;

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "blogposting",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "scholarlyarticle",
          "techarticle",
          "report",
          "liveblogposting",
          "review",
          "posting",
          "socialmediaposting");

  private static final Set<String> LISTING_TYPES =
      Set.of("collectionpage", "itemlist", "searchresultspage");

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
  }

  /** Reads every {@code application/ld+json} script of the document. */
  public static JsonLd of(MarkupScan scan) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : scan.jsonLd) {
      try {
        flatten(MAPPER.readTree(script.data()), out);
      } catch (JsonProcessingException e) {
        // A broken block is the publisher's problem; the other blocks still count.
      }
    }
    return new JsonLd(out);
  }

  private static void flatten(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty() && out.size() < MAX_OBJECTS) {
      JsonNode n = pending.pop();
      if (n.isArray()) {
        for (int i = n.size() - 1; i >= 0; i--) {
          pending.push(n.get(i));
        }
      } else if (n.isObject()) {
        out.add(n);
        if (n.has("@graph")) {
          pending.push(n.get("@graph"));
        }
      }
    }
  }

  /** The first object typed as an article of some kind. */
  public Optional<JsonNode> article() {
    return objects.stream().filter(o -> hasType(o, ARTICLE_TYPES)).findFirst();
  }

  public boolean hasListing() {
    return objects.stream().anyMatch(o -> hasType(o, LISTING_TYPES));
  }

  /** The first object of a type, such as {@code "Organization"} or {@code "WebSite"}. */
  public Optional<JsonNode> ofType(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return objects.stream().filter(o -> hasType(o, Set.of(t))).findFirst();
  }

  static boolean hasType(JsonNode o, Set<String> types) {
    JsonNode t = o.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (types.contains(x.asText().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return types.contains(t.asText().toLowerCase(Locale.ROOT));
  }

  /** A text field, or the {@code name} of an object field, blank values absent. */
  public static Optional<String> text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v.isArray() && !v.isEmpty()) {
      v = v.get(0);
    }
    if (v.isObject()) {
      v = v.get("name");
    }
    if (v == null || !v.isValueNode()) {
      return Optional.empty();
    }
    String s = v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** Every text of a field that holds one value, a list, or objects with names. */
  public static List<String> texts(JsonNode o, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = o.get(field);
    if (v == null) {
      return out;
    }
    for (JsonNode x : v.isArray() ? v : List.of(v)) {
      JsonNode n = x.isObject() ? x.get("name") : x;
      if (n != null && n.isValueNode() && !n.asText().isBlank()) {
        out.add(n.asText().strip());
      }
    }
    return out;
  }
}
