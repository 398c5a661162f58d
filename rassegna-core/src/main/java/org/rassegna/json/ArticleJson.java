package org.rassegna.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.rassegna.model.Article;
import org.rassegna.model.Block;
import org.rassegna.model.PublicationDate;
import org.rassegna.model.SourceRef;

/**
 * Writes an {@link Article} as the versioned JSON object of {@code docs/schema.md}: snake_case keys
 * in a fixed order, absent values as {@code null} or {@code []}.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ArticleJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode toTree(Article a, boolean withComments) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema_version", Article.SCHEMA_VERSION);
    o.put("id", a.id());
    putOpt(o, "url", a.url());
    o.set("source", source(a.source()));
    putOpt(o, "site_name", a.siteName());
    putOpt(o, "title", a.title());
    putOpt(o, "published", a.published().map(PublicationDate::iso));
    putOpt(o, "published_source", a.published().map(d -> d.source().code()));
    putOpt(o, "modified", a.modified().map(PublicationDate::iso));
    putList(o, "authors", a.authors());
    putOpt(o, "language", a.language());
    putOpt(o, "section", a.section());
    putList(o, "tags", a.tags());
    putOpt(o, "description", a.description());
    o.put("page_type", a.pageType().code());
    o.put("paywalled", a.paywalled());
    o.put("text", a.text());
    ArrayNode blocks = o.putArray("blocks");
    for (Block b : a.blocks()) {
      ObjectNode bn = blocks.addObject();
      bn.put("kind", b.kind().code());
      bn.put("text", b.text());
      bn.put("start", b.start());
      bn.put("end", b.end());
    }
    if (withComments) {
      putList(o, "comments", a.comments());
    }
    return o;
  }

  public static ObjectNode source(SourceRef s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("path", s.path());
    if (s.offset().isPresent()) {
      o.put("offset", s.offset().get());
    } else {
      o.putNull("offset");
    }
    s.line().ifPresent(l -> o.put("line", l));
    o.put("format", s.format().code());
    s.recordId().ifPresent(id -> o.put("id", id));
    return o;
  }

  /** One line of JSON Lines, without the newline. */
  public static String toLine(Article a, boolean withComments) {
    return write(MAPPER, toTree(a, withComments));
  }

  public static String toPrettyString(Article a, boolean withComments) {
    return write(PRETTY, toTree(a, withComments));
  }

  private static String write(ObjectMapper m, Object tree) {
    try {
      return m.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void putOpt(ObjectNode o, String key, Optional<String> v) {
    if (v.isPresent()) {
      o.put(key, v.get());
    } else {
      o.putNull(key);
    }
  }

  private static void putList(ObjectNode o, String key, List<String> values) {
    ArrayNode arr = o.putArray(key);
    values.forEach(arr::add);
  }
}
