package org.rassegna.nlp.ner;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.rassegna.nlp.EntityType;

/**
 * Reads the column formats of the shared NER data sets into {@link LabeledSentence}s: KIND ({@code
 * token TAB tag}), WikiNEuRal ({@code index TAB token TAB tag}) and Universal NER ({@code #
 * comment} lines, then {@code index TAB token TAB tag …}). A blank line ends a sentence; {@code
 * .gz} files are decompressed.
 *
 * <p>Tags are read leniently as IOB: a {@code B-} tag, a change of type or an {@code O} ends an
 * entity, so plain IO data (a run of equal tags is one entity) and IOB2 both work. Types other than
 * PER, ORG, LOC and MISC are read as outside.
 */
public final class NerCorpusReader {
  private NerCorpusReader() {}

  /** All sentences of {@code file}. */
  public static List<LabeledSentence> read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      List<LabeledSentence> out = new ArrayList<>();
      List<String> tokens = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          flush(tokens, tags, out);
        } else if (!(line.startsWith("#") && line.indexOf('\t') < 0)) {
          String[] cols = line.split("\t", -1);
          int tokenCol = cols.length == 2 ? 0 : 1;
          if (cols.length < 2 || cols[tokenCol].isEmpty()) {
            throw new IOException(file + ": not a NER column line: " + line);
          }
          tokens.add(cols[tokenCol]);
          tags.add(cols[tokenCol + 1]);
        }
      }
      flush(tokens, tags, out);
      return out;
    }
  }

  private static void flush(List<String> tokens, List<String> tags, List<LabeledSentence> out) {
    if (!tokens.isEmpty()) {
      out.add(new LabeledSentence(tokens, spans(tags)));
    }
    tokens.clear();
    tags.clear();
  }

  /** Entity spans of a lenient IOB tag sequence. */
  static List<TokenSpan> spans(List<String> tags) {
    List<TokenSpan> spans = new ArrayList<>();
    int start = -1;
    EntityType open = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      EntityType type = type(tag).orElse(null);
      boolean begins = tag.startsWith("B-") || tag.startsWith("S-") || tag.startsWith("U-");
      if (open != null && (type == null || begins || type != open)) {
        spans.add(new TokenSpan(start, i, open));
        open = null;
      }
      if (type != null && open == null) {
        start = i;
        open = type;
      }
    }
    return spans;
  }

  private static Optional<EntityType> type(String tag) {
    String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
    switch (t.toUpperCase(Locale.ROOT)) {
      case "PER":
      case "PERSON":
        return Optional.of(EntityType.PERSON);
      case "ORG":
      case "ORGANIZATION":
        return Optional.of(EntityType.ORGANIZATION);
      case "LOC":
      case "LOCATION":
        return Optional.of(EntityType.LOCATION);
      case "MISC":
        return Optional.of(EntityType.MISC);
      default:
        return Optional.empty();
    }
  }
}
