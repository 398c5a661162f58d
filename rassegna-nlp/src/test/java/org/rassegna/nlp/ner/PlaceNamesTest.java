package org.rassegna.nlp.ner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceNamesTest {
  @TempDir Path dir;

  private PlaceNames places() throws IOException {
    Path file = dir.resolve("places.txt");
    Files.writeString(file, "Saronno\nL'Aquila\nReggio nell'Emilia\nSan Marino\n", UTF_8);
    return PlaceNames.read(file, "it");
  }

  private static List<List<String>> features(PlaceNames places, List<String> tokens) {
    List<List<String>> out = new ArrayList<>();
    tokens.forEach(t -> out.add(new ArrayList<>()));
    places.features(tokens, out);
    return out;
  }

  @Test
  void names_are_matched_as_ner_tokens_with_their_place_in_the_name() throws IOException {
    List<List<String>> f =
        features(places(), List.of("Da", "L'", "Aquila", "a", "Reggio", "nell'", "Emilia", "."));
    assertThat(f.get(0)).isEmpty();
    assertThat(f.get(1)).containsExactly("pl=B");
    assertThat(f.get(2)).containsExactly("pl=L");
    assertThat(f.get(4)).containsExactly("pl=B");
    assertThat(f.get(5)).containsExactly("pl=I");
    assertThat(f.get(6)).containsExactly("pl=L");
  }

  @Test
  void a_name_inside_a_longer_one_fires_as_well() throws IOException {
    List<List<String>> f = features(places(), List.of("a", "Saronno", "e", "San", "Marino"));
    assertThat(f.get(1)).containsExactly("pl=U");
    assertThat(f.get(3)).containsExactly("pl=B");
    assertThat(f.get(0)).isEmpty();
  }

  @Test
  void the_list_survives_the_model_file() throws IOException {
    PlaceNames places = places();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    places.write(new DataOutputStream(bytes));
    PlaceNames read =
        PlaceNames.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    List<String> tokens = List.of("Reggio", "nell'", "Emilia", "e", "Saronno");
    assertThat(read.size()).isEqualTo(places.size()).isEqualTo(4);
    assertThat(features(read, tokens)).isEqualTo(features(places, tokens));
  }
}
