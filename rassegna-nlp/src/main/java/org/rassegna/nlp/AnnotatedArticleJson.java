package org.rassegna.nlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.rassegna.json.ArticleJson;
import org.rassegna.nlp.quote.Quote;
import org.rassegna.nlp.quote.Speaker;

/**
 * Writes an {@link AnnotatedArticle} as the article JSON of {@code docs/schema.md} with {@code
 * language} replaced by the detected one and the keys {@code language_confidence}, {@code
 * sentences}, {@code entities}, {@code quotes} and {@code events} appended.
 */
public final class AnnotatedArticleJson {
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnnotatedArticleJson() {}

  public static ObjectNode toTree(AnnotatedArticle a, boolean withComments) {
    ObjectNode o = ArticleJson.toTree(a.article(), withComments);
    putOpt(o, "language", a.language());
    o.put("language_confidence", Math.round(a.languageConfidence() * 1000) / 1000.0);
    ArrayNode sentences = o.putArray("sentences");
    for (Span s : a.sentences()) {
      sentences.addObject().put("start", s.start()).put("end", s.end());
    }
    ArrayNode entities = o.putArray("entities");
    for (LinkedEntity e : a.entities()) {
      ObjectNode en = entities.addObject();
      putOpt(en, "id", e.id());
      en.put("name", e.name());
      en.put("type", e.type().name());
      putOpt(en, "country", e.country());
      putOpt(en, "role", e.role());
      ArrayNode mentions = en.putArray("mentions");
      for (EntityMention m : e.mentions()) {
        mentions.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text());
      }
    }
    putQuotes(o.putArray("quotes"), a);
    EventJson.put(o.putArray("events"), a.events());
    return o;
  }

  private static void putQuotes(ArrayNode out, AnnotatedArticle a) {
    for (Quote q : a.quotes()) {
      ObjectNode qn = out.addObject();
      qn.put("text", q.text()).put("start", q.start()).put("end", q.end());
      ArrayNode parts = qn.putArray("parts");
      for (Span p : q.parts()) {
        parts.addObject().put("start", p.start()).put("end", p.end());
      }
      qn.put("direct", q.direct());
      if (q.speaker().isPresent()) {
        Speaker s = q.speaker().get();
        ObjectNode sn = qn.putObject("speaker");
        putOpt(sn, "entity_id", s.entityId());
        sn.put("name", s.name()).put("start", s.start()).put("end", s.end());
      } else {
        qn.putNull("speaker");
      }
      putOpt(qn, "verb", q.verb());
    }
  }

  /** One line of JSON Lines, without the newline. */
  public static String toLine(AnnotatedArticle a, boolean withComments) {
    return write(ArticleJson.mapper(), toTree(a, withComments));
  }

  public static String toPrettyString(AnnotatedArticle a, boolean withComments) {
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
}
