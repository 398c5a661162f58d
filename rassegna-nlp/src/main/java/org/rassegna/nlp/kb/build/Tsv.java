package org.rassegna.nlp.kb.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the lines of a (possibly gzipped) UTF-8 text file; for tables, split on tabs. */
final class Tsv {
  private Tsv() {}

  static List<String> lines(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line);
      }
      return out;
    }
  }

  /** Rows of a hand-written table: comments and blank lines skipped, at least {@code min} cells. */
  static List<String[]> rows(Path file, int min) throws IOException {
    List<String[]> out = new ArrayList<>();
    int n = 0;
    for (String line : lines(file)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < min) {
        throw new IOException(
            file + ":" + n + ": expected " + min + " tab-separated cells, got " + cells.length);
      }
      out.add(cells);
    }
    return out;
  }
}
