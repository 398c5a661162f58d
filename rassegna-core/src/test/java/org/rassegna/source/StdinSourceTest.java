package org.rassegna.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceItem;

class StdinSourceTest {

  private static List<SourceItem> read(byte[] bytes, Optional<FileKind> kind) {
    return Items.drain(
        Sources.openStdin(new ByteArrayInputStream(bytes), kind, SourceOptions.defaults()));
  }

  @Test
  void html_on_standard_input_is_one_page_named_dash() {
    List<SourceItem> items =
        read("<html><p>Ciao</p></html>".getBytes(StandardCharsets.UTF_8), Optional.empty());

    assertThat(items).hasSize(1);
    RawPage page = (RawPage) items.get(0);
    assertThat(page.kind()).isEqualTo(PageKind.HTML);
    assertThat(page.source().path()).isEqualTo("-");
    assertThat(page.source().format()).isEqualTo(SourceFormat.STDIN);
  }

  @Test
  void gzipped_text_with_explicit_kind_is_inflated() throws IOException {
    byte[] gz = WarcFixture.gzip("Titolo\nTesto.".getBytes(StandardCharsets.UTF_8));

    RawPage page = (RawPage) read(gz, Optional.of(FileKind.TEXT)).get(0);

    assertThat(page.kind()).isEqualTo(PageKind.TEXT);
    assertThat(Items.text(page)).isEqualTo("Titolo\nTesto.");
  }

  @Test
  void corrupt_gzip_on_standard_input_fails_cleanly() {
    byte[] bad = {0x1f, (byte) 0x8b, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9};

    assertThat(Items.kinds(read(bad, Optional.empty()))).containsExactly("failed:corrupt");
  }

  @Test
  void input_over_the_bound_fails_too_large() {
    List<SourceItem> items =
        Items.drain(
            Sources.openStdin(
                new ByteArrayInputStream(new byte[5000]),
                Optional.of(FileKind.HTML),
                new SourceOptions(1000, 10)));

    assertThat(Items.kinds(items)).containsExactly("failed:too-large");
  }

  @Test
  void gzip_bomb_on_standard_input_fails_too_large_by_its_ratio() throws IOException {
    byte[] bomb = WarcFixture.gzip(new byte[40 << 20]);

    List<SourceItem> html = read(bomb, Optional.of(FileKind.HTML));
    List<SourceItem> jsonl = read(bomb, Optional.of(FileKind.JSONL));

    assertThat(Items.kinds(html)).containsExactly("failed:too-large");
    assertThat(((Outcome.Failed) html.get(0)).message()).contains("gzip bomb");
    assertThat(Items.kinds(jsonl)).containsExactly("failed:too-large");
  }
}
