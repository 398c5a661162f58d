package org.rassegna.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceItem;
import org.rassegna.model.SourceRef;
import org.rassegna.model.Stage;

/**
 * Reads one JSON Lines record: an object with {@code html} (markup) or {@code text} (a text dump),
 * and optionally {@code url}, {@code id} (string or number) and {@code fetched} (ISO-8601 instant).
 * JSON strings are Unicode, so the page is handed on as UTF-8 bytes declared as UTF-8. A field of
 * the wrong type fails the record naming the field, rather than being ignored.
 */
final class JsonlRecord {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonlRecord() {}

  static SourceItem parse(String label, LineReader.Line line, SourceOptions options) {
    SourceRef ref = SourceRef.file(label, SourceFormat.JSONL).withLine(line.number());
    if (line.bytes().isEmpty()) {
      return failed(
          ref,
          Reason.TOO_LARGE,
          "line is " + line.length() + " bytes, over the limit of " + options.maxRecordBytes());
    }
    JsonNode node;
    try {
      node = JSON.readTree(line.bytes().get());
    } catch (JsonProcessingException e) {
      return failed(ref, Reason.MALFORMED_JSON, "not JSON: " + describe(e));
    } catch (IOException e) {
      return failed(ref, Reason.MALFORMED_JSON, "not JSON: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      String got = node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
      return failed(ref, Reason.MALFORMED_JSON, "expected a JSON object, got " + got);
    }
    try {
      return toPage(ref, node);
    } catch (FieldException e) {
      return failed(ref, e.reason, e.getMessage());
    }
  }

  private static RawPage toPage(SourceRef ref, JsonNode node) throws FieldException {
    Optional<String> id = field(node, "id", true);
    SourceRef withId = id.isPresent() ? ref.withRecordId(id.get()) : ref;
    Optional<String> html = field(node, "html", false);
    Optional<String> text = html.isPresent() ? Optional.empty() : field(node, "text", false);
    if (html.isEmpty() && text.isEmpty()) {
      throw new FieldException(
          Reason.MISSING_FIELD, "object has neither an \"html\" nor a \"text\" field");
    }
    Optional<String> url = field(node, "url", false);
    Optional<Instant> fetched = Optional.empty();
    Optional<String> when = field(node, "fetched", false);
    if (when.isPresent()) {
      try {
        fetched = Optional.of(Instant.parse(when.get().strip()));
      } catch (DateTimeParseException e) {
        throw new FieldException(
            Reason.MALFORMED_JSON,
            "field \"fetched\" must be an ISO-8601 instant like 2024-05-01T12:00:00Z, got \""
                + when.get()
                + "\"");
      }
    }
    String content = html.isPresent() ? html.get() : text.get();
    return new RawPage(
        withId,
        url,
        html.isPresent() ? PageKind.HTML : PageKind.TEXT,
        content.getBytes(StandardCharsets.UTF_8),
        Optional.of(StandardCharsets.UTF_8.name()),
        fetched);
  }

  /** A string field; absent or null is empty, any other type fails naming the field. */
  private static Optional<String> field(JsonNode node, String name, boolean numberAllowed)
      throws FieldException {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isTextual() || (numberAllowed && v.isNumber())) {
      return Optional.of(v.asText());
    }
    throw new FieldException(
        Reason.MALFORMED_JSON,
        "field \""
            + name
            + "\" must be a string"
            + (numberAllowed ? " or a number" : "")
            + ", got "
            + v.getNodeType().name().toLowerCase(Locale.ROOT));
  }

  private static String describe(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    String msg = e.getOriginalMessage();
    int nl = msg.indexOf('\n');
    String first = nl < 0 ? msg : msg.substring(0, nl);
    return loc == null ? first : first + " (column " + loc.getColumnNr() + ")";
  }

  private static Outcome.Failed failed(SourceRef ref, Reason reason, String what) {
    return new Outcome.Failed(
        ref, Stage.SOURCE, reason, "line " + ref.line().orElse(0L) + ": " + what);
  }

  /** A field that is missing or of the wrong type. */
  private static final class FieldException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Reason reason;

    FieldException(Reason reason, String message) {
      super(message);
      this.reason = reason;
    }
  }
}
