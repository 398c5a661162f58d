package org.rassegna.nlp.ner;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Names of the world's towns, cities and regions (from GeoNames), matched as token sequences: a
 * match gives each covered token a feature saying where it sits in a place name. Unlike the {@link
 * Gazetteer} the list does not come from the labelled data, so it also knows the small towns news
 * names once ("Saronno", "Elmas"); the learner weighs it against the context, since many place
 * names are also people's names or words.
 */
public final class PlaceNames {
  public static final PlaceNames NONE = new PlaceNames(Set.of(), 0);
  private static final String[] PARTS = {"B", "I", "L", "U"};

  private final Set<String> names;
  private final int longest;

  private PlaceNames(Set<String> names, int longest) {
    this.names = names;
    this.longest = longest;
  }

  /** Reads a list of one name a line ({@code .gz} decompressed), tokenised as NER tokens. */
  public static PlaceNames read(Path file, String language) throws IOException {
    NerTokenizer tokenizer = NerTokenizer.forLanguage(language);
    Set<String> names = new HashSet<>();
    int longest = 0;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        List<NerTokenizer.Token> tokens = tokenizer.tokenize(line, 0, line.length());
        if (!tokens.isEmpty() && tokens.size() <= Gazetteer.MAX_LEN) {
          names.add(String.join(" ", tokens.stream().map(NerTokenizer.Token::text).toList()));
          longest = Math.max(longest, tokens.size());
        }
      }
    }
    return new PlaceNames(names, longest);
  }

  /** Number of names. */
  public int size() {
    return names.size();
  }

  /** Adds the place-name features of every token to {@code out}. */
  void features(List<String> tokens, List<List<String>> out) {
    if (names.isEmpty()) {
      return;
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      key.setLength(0);
      for (int len = 1; len <= longest && i + len <= tokens.size(); len++) {
        if (len > 1) {
          key.append(' ');
        }
        key.append(tokens.get(i + len - 1));
        if (names.contains(key.toString())) {
          for (int k = i; k < i + len; k++) {
            int part = len == 1 ? 3 : k == i ? 0 : k == i + len - 1 ? 2 : 1;
            out.get(k).add("pl=" + PARTS[part]);
          }
        }
      }
    }
  }

  void write(DataOutputStream d) throws IOException {
    d.writeInt(names.size());
    for (String name : names) {
      d.writeUTF(name);
    }
  }

  static PlaceNames read(DataInputStream d) throws IOException {
    int n = d.readInt();
    Set<String> names = new HashSet<>(n * 2);
    int longest = 0;
    for (int i = 0; i < n; i++) {
      String name = d.readUTF();
      names.add(name);
      longest = Math.max(longest, name.split(" ").length);
    }
    return new PlaceNames(names, longest);
  }
}
