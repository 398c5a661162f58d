package org.rassegna.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.rassegna.json.ArticleJson;
import org.rassegna.model.Outcome;

/**
 * Writes each failed record of a run as one JSON line (its source reference in the shape of an
 * article's {@code source}, the stage, the reason code and the message), so the failures can be
 * listed, counted or fed back for re-processing. Does nothing when no file was asked for.
 */
final class FailedOut implements AutoCloseable {
  private final Optional<BufferedWriter> out;

  private FailedOut(Optional<BufferedWriter> out) {
    this.out = out;
  }

  static FailedOut open(Optional<Path> file) throws IOException {
    if (file.isEmpty()) {
      return new FailedOut(Optional.empty());
    }
    // A message may quote broken input; the writer replaces what UTF-8 cannot encode.
    return new FailedOut(
        Optional.of(
            new BufferedWriter(
                new OutputStreamWriter(
                    Files.newOutputStream(file.get()), StandardCharsets.UTF_8))));
  }

  void accept(Outcome outcome) throws IOException {
    if (out.isEmpty() || !(outcome instanceof Outcome.Failed f)) {
      return;
    }
    ObjectNode o = ArticleJson.mapper().createObjectNode();
    o.set("source", ArticleJson.source(f.source()));
    o.put("stage", f.stage().code());
    o.put("reason", f.reason().code());
    o.put("message", f.message());
    try {
      out.get().write(ArticleJson.mapper().writeValueAsString(o));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.get().write('\n');
  }

  @Override
  public void close() throws IOException {
    if (out.isPresent()) {
      out.get().close();
    }
  }
}
