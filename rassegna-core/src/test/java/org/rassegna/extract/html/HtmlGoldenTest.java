package org.rassegna.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rassegna.extract.Extraction;
import org.rassegna.json.ArticleJson;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceRef;

/**
 * Golden cases under {@code src/test/resources/golden/html/<case>/}: {@code input.html}, an
 * optional {@code url.txt}, and the whole expected article as {@code expected.json}. Run with
 * {@code -Dgolden.update=true} to rewrite the expectations on purpose, then review the diff.
 */
class HtmlGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> cases() throws IOException, URISyntaxException {
    Path root = Path.of(HtmlGoldenTest.class.getResource("/golden/html").toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void page_gives_expected_article(String name) throws IOException, URISyntaxException {
    Path dir = Path.of(HtmlGoldenTest.class.getResource("/golden/html/" + name).toURI());
    RawPage page =
        RawPage.of(
            SourceRef.file("golden/html/" + name + "/input.html", SourceFormat.HTML),
            PageKind.HTML,
            Files.readAllBytes(dir.resolve("input.html")));
    Path url = dir.resolve("url.txt");
    if (Files.exists(url)) {
      page = page.withUrl(Files.readString(url, StandardCharsets.UTF_8).strip());
    }

    Outcome o = Extraction.withDefaults().extract(page);

    assertThat(o).isInstanceOf(Outcome.Extracted.class);
    String actual = ArticleJson.toPrettyString(((Outcome.Extracted) o).article(), false) + "\n";
    if (UPDATE) {
      Path source = sourceTreeDir(name);
      Files.writeString(source.resolve("expected.json"), actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.readString(dir.resolve("expected.json"), StandardCharsets.UTF_8);
    assertThat(actual).isEqualTo(expected);
  }

  /** The case folder in the source tree, so an update survives the next build. */
  private static Path sourceTreeDir(String name) {
    return Path.of("src/test/resources/golden/html", name);
  }
}
