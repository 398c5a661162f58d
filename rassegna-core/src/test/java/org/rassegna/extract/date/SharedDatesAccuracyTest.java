package org.rassegna.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rassegna.SharedData;
import org.rassegna.extract.charset.PageDecoder;
import org.rassegna.model.PageKind;

/**
 * Publication-day accuracy on the shared htmldate evaluation set (1000 pages), scored as upstream
 * does: a right day or a rightly absent one counts. Skipped when the shared data is absent.
 */
class SharedDatesAccuracyTest {

  @Test
  void publication_day_accuracy_on_the_shared_set_is_at_least_ninety_percent() throws IOException {
    Path dir = SharedData.dir("data/dates");
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    int right = 0;
    int all = 0;
    Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String url = e.getValue().path("url").asText();
      JsonNode date = e.getValue().path("date");
      String expected = date.isTextual() ? date.asText() : null;
      Document doc = Jsoup.parse(decode(dir.resolve("html").resolve(e.getKey() + ".html.gz")), url);
      String got =
          HtmlDates.find(doc, Optional.of(url), Optional.empty())
              .published()
              .map(d -> d.date().toString())
              .orElse(null);
      right += Objects.equals(expected, got) ? 1 : 0;
      all++;
    }
    assertThat(all).isEqualTo(1000);
    assertThat((double) right / all).isGreaterThanOrEqualTo(0.90);
  }

  private static String decode(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return PageDecoder.decode(in.readAllBytes(), Optional.empty(), PageKind.HTML);
    }
  }
}
