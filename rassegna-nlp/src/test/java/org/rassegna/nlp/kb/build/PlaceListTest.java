package org.rassegna.nlp.kb.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceListTest {
  @TempDir Path dir;

  @Test
  void names_of_places_and_divisions_are_listed_once_sorted_without_lower_case_ones()
      throws IOException {
    Files.writeString(
        dir.resolve("cities.json"),
        "[{\"name\":\"Saronno\",\"country\":\"IT\"},{\"name\":\"les Escaldes\"},"
            + "{\"name\":\" Elmas \"},{\"name\":\"X\"},{\"name\":\"Saronno\"}]",
        UTF_8);
    Files.writeString(dir.resolve("admin1.json"), "[{\"code\":\"IT.09\",\"name\":\"Lombardy\"}]");
    Files.writeString(dir.resolve("admin2.json"), "[{\"name\":\"Provincia di Varese\"}]");
    Path out = dir.resolve("places.txt.gz");
    PlaceList.write(PlaceList.names(dir), out);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
      assertThat(new String(in.readAllBytes(), UTF_8))
          .isEqualTo("Elmas\nLombardy\nProvincia di Varese\nSaronno\n");
    }
  }

  @Test
  void a_folder_without_the_package_files_is_refused_with_the_missing_name() {
    assertThatThrownBy(() -> PlaceList.names(dir)).hasMessageContaining("cities.json missing");
  }
}
