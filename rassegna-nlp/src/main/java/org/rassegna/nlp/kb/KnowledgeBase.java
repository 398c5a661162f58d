package org.rassegna.nlp.kb;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The entity knowledge base: canonical actors and their aliases, with an index from alias key (see
 * {@link AliasKeys}) to aliases. Immutable and thread-safe.
 *
 * <p>The shipped base is a gzipped TSV resource written by {@code rassegna kb build}: a header
 * line, one {@code E} line per entity and one {@code A} line per alias. Aliases of one key keep the
 * order of the file, which the builder sorts by trust, so the first usable one wins.
 */
public final class KnowledgeBase {
  /** Where the shipped base lives on the class path. */
  public static final String RESOURCE = "/org/rassegna/nlp/kb/kb.tsv.gz";

  private static final String HEADER = "# rassegna knowledge base v1";
  private static volatile KnowledgeBase shipped;

  private final List<KbEntity> entities;
  private final List<KbAlias> aliases;
  private final Map<String, List<KbAlias>> byKey;
  private final Set<String> firstTokens;
  private final int maxTokens;

  public KnowledgeBase(List<KbEntity> entities, List<KbAlias> aliases) {
    this.entities = List.copyOf(entities);
    this.aliases = List.copyOf(aliases);
    Map<String, List<KbAlias>> index = new HashMap<>();
    Set<String> first = new HashSet<>();
    int max = 1;
    for (KbAlias a : this.aliases) {
      if (a.entity() >= this.entities.size()) {
        throw new IllegalArgumentException("alias '" + a.text() + "' points past the entities");
      }
      String key = AliasKeys.of(a.text());
      if (key.isEmpty()) {
        continue;
      }
      index.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
      int space = key.indexOf(' ');
      first.add(space < 0 ? key : key.substring(0, space));
      max = Math.max(max, key.split(" ").length);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byKey = Map.copyOf(index);
    this.firstTokens = Set.copyOf(first);
    this.maxTokens = max;
  }

  /** The base shipped in the jar, read once. */
  public static KnowledgeBase shipped() {
    KnowledgeBase kb = shipped;
    if (kb == null) {
      synchronized (KnowledgeBase.class) {
        kb = shipped;
        if (kb == null) {
          try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("knowledge base resource " + RESOURCE + " missing");
            }
            kb = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
          }
          shipped = kb;
        }
      }
    }
    return kb;
  }

  public List<KbEntity> entities() {
    return entities;
  }

  public List<KbAlias> aliases() {
    return aliases;
  }

  public KbEntity entity(int index) {
    return entities.get(index);
  }

  /** Aliases whose key is {@code key}, most trusted first; empty when none. */
  public List<KbAlias> lookup(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** Whether some alias key starts with this token key: a cheap filter before longer look-ups. */
  public boolean startsSomeAlias(String tokenKey) {
    return firstTokens.contains(tokenKey);
  }

  /** The most tokens any alias has. */
  public int maxTokens() {
    return maxTokens;
  }

  /** Reads the gzipped TSV form. */
  public static KnowledgeBase read(InputStream gz) throws IOException {
    List<KbEntity> entities = new ArrayList<>();
    List<KbAlias> aliases = new ArrayList<>();
    BufferedReader r =
        new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f[0].equals("E") && f.length == 10) {
        entities.add(
            new KbEntity(
                f[1],
                opt(f[2]),
                EntityKind.valueOf(f[3]),
                f[4],
                opt(f[5]),
                opt(f[6]),
                opt(f[7]),
                opt(f[8]),
                opt(f[9])));
      } else if (f[0].equals("A") && f.length == 5) {
        aliases.add(new KbAlias(f[4], Integer.parseInt(f[1]), AliasKind.valueOf(f[2]), f[3]));
      } else {
        throw new IOException("knowledge base line " + lineNo + " malformed: " + line);
      }
    }
    return new KnowledgeBase(entities, aliases);
  }

  /** Writes the gzipped TSV form; the output is the same for the same base. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    Writer w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8));
    w.write(HEADER + "\n");
    for (KbEntity e : entities) {
      w.write(
          String.join(
                  "\t",
                  "E",
                  e.key(),
                  str(e.qid()),
                  e.kind().name(),
                  e.name(),
                  str(e.country()),
                  str(e.role()),
                  str(e.office()),
                  str(e.from()),
                  str(e.to()))
              + "\n");
    }
    for (KbAlias a : aliases) {
      w.write("A\t" + a.entity() + "\t" + a.kind().name() + "\t" + a.language() + "\t" + a.text());
      w.write("\n");
    }
    w.flush();
    gz.finish();
  }

  private static Optional<String> opt(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static String str(Optional<String> s) {
    return s.orElse("");
  }
}
