package org.rassegna.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rassegna.nlp.EntityType;

/**
 * Known entity names and their types, matched as exact token sequences of up to {@value #MAX_LEN}
 * tokens. A match gives each covered token a feature naming the type and its place in the name (B,
 * I, L or U), so the learner can use "this word is part of a known place name" without memorising
 * every name as a word feature.
 *
 * <p>Built from the entities of annotated corpora. The trainer builds the gazetteer of each
 * training sentence from the other half of the data (two folds), so the learner sees the gazetteer
 * miss names as often as it will at run time instead of learning to trust it blindly.
 */
final class Gazetteer {
  static final int MAX_LEN = 6;
  static final Gazetteer EMPTY = new Gazetteer(Map.of());
  private static final char[] PARTS = {'B', 'I', 'L', 'U'};

  private final Map<String, Integer> types;

  private Gazetteer(Map<String, Integer> types) {
    this.types = types;
  }

  /** Number of names. */
  int size() {
    return types.size();
  }

  /** Adds the gazetteer features of every token to {@code out[i]}. */
  void features(List<String> tokens, List<List<String>> out) {
    if (types.isEmpty()) {
      return;
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      key.setLength(0);
      for (int len = 1; len <= MAX_LEN && i + len <= tokens.size(); len++) {
        if (len > 1) {
          key.append(' ');
        }
        key.append(tokens.get(i + len - 1));
        Integer mask = types.get(key.toString());
        if (mask != null) {
          mark(i, len, mask, out);
        }
      }
    }
  }

  private static void mark(int start, int len, int mask, List<List<String>> out) {
    EntityType[] all = EntityType.values();
    for (int t = 0; t < all.length; t++) {
      if ((mask & (1 << t)) == 0) {
        continue;
      }
      for (int k = start; k < start + len; k++) {
        int part = len == 1 ? 3 : k == start ? 0 : k == start + len - 1 ? 2 : 1;
        out.get(k).add("gz=" + all[t].conll() + "-" + PARTS[part]);
      }
    }
  }

  void write(DataOutputStream d) throws IOException {
    d.writeInt(types.size());
    for (Map.Entry<String, Integer> e : types.entrySet()) {
      d.writeUTF(e.getKey());
      d.writeByte(e.getValue());
    }
  }

  static Gazetteer read(DataInputStream d) throws IOException {
    int n = d.readInt();
    Map<String, Integer> types = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      types.put(d.readUTF(), (int) d.readByte());
    }
    return new Gazetteer(types);
  }

  /** Collects names from annotated sentences. */
  static final class Builder {
    private final Map<String, Integer> types = new HashMap<>();

    Builder addEntities(LabeledSentence s) {
      for (TokenSpan e : s.entities()) {
        if (e.end() - e.start() <= MAX_LEN) {
          String name = String.join(" ", s.tokens().subList(e.start(), e.end()));
          types.merge(name, 1 << e.type().ordinal(), (a, b) -> a | b);
        }
      }
      return this;
    }

    Builder addAll(Builder other) {
      other.types.forEach((k, v) -> types.merge(k, v, (a, b) -> a | b));
      return this;
    }

    Gazetteer build() {
      return new Gazetteer(new HashMap<>(types));
    }
  }
}
