package org.rassegna.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.rassegna.nlp.EntityType;

/**
 * A trained NER model: sparse per-feature tag weights plus tag transition weights, scored with
 * {@link Viterbi}. Immutable and so safe to share between threads.
 *
 * <p>File format (gzip): magic {@code RNER}, version, language, entity types, transition weights,
 * the gazetteer, then per feature its 64-bit hash and its non-zero (tag, weight) pairs.
 */
public final class PerceptronModel {
  private static final int MAGIC = 0x524e4552;
  private static final int VERSION = 1;

  private final String language;
  private final BilouTags tags;
  private final float[] transitions;
  private final long[] hashes;
  private final FeatureIndex index;
  private final Gazetteer gazetteer;
  private final int[] offsets;
  private final byte[] tagIds;
  private final float[] weights;

  PerceptronModel(
      String language,
      BilouTags tags,
      Gazetteer gazetteer,
      float[] transitions,
      long[] hashes,
      int[] offsets,
      byte[] tagIds,
      float[] weights) {
    this.language = language;
    this.tags = tags;
    this.gazetteer = gazetteer;
    this.transitions = transitions;
    this.index = new FeatureIndex(hashes);
    this.offsets = offsets;
    this.tagIds = tagIds;
    this.weights = weights;
    this.hashes = hashes;
  }

  /** ISO 639-1 code of the language the model was trained for. */
  public String language() {
    return language;
  }

  /** The tag set. */
  public BilouTags tags() {
    return tags;
  }

  /** Number of names in the model's gazetteer. */
  public int names() {
    return gazetteer.size();
  }

  /** Number of features with at least one non-zero weight. */
  public int features() {
    return hashes.length;
  }

  /** Entities of one tokenised sentence. */
  public List<TokenSpan> tag(List<String> tokens) {
    String[][] features = NerFeatures.of(tokens, gazetteer);
    int n = tags.size();
    float[][] emission = new float[features.length][n];
    for (int i = 0; i < features.length; i++) {
      float[] e = emission[i];
      for (String f : features[i]) {
        int slot = index.slot(FeatureIndex.hash(f));
        if (slot >= 0) {
          for (int k = offsets[slot]; k < offsets[slot + 1]; k++) {
            e[tagIds[k]] += weights[k];
          }
        }
      }
    }
    return tags.decode(Viterbi.decode(emission, transitions, tags));
  }

  /** Writes the model, gzip-compressed. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(gz);
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeUTF(language);
    d.writeByte(tags.types().size());
    for (EntityType t : tags.types()) {
      d.writeUTF(t.name());
    }
    for (float t : transitions) {
      d.writeFloat(t);
    }
    gazetteer.write(d);
    d.writeInt(hashes.length);
    for (int s = 0; s < hashes.length; s++) {
      d.writeLong(hashes[s]);
      d.writeByte(offsets[s + 1] - offsets[s]);
      for (int k = offsets[s]; k < offsets[s + 1]; k++) {
        d.writeByte(tagIds[k]);
        d.writeFloat(weights[k]);
      }
    }
    d.flush();
    gz.finish();
  }

  /** Reads a model written by {@link #write}. */
  public static PerceptronModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    if (d.readInt() != MAGIC || d.readInt() != VERSION) {
      throw new IOException("not a rassegna NER model (bad magic or version)");
    }
    String language = d.readUTF();
    int typeCount = d.readByte();
    List<EntityType> types = new ArrayList<>();
    for (int i = 0; i < typeCount; i++) {
      types.add(EntityType.valueOf(d.readUTF()));
    }
    BilouTags tags = new BilouTags(types);
    float[] transitions = new float[(tags.size() + 1) * tags.size()];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = d.readFloat();
    }
    Gazetteer gazetteer = Gazetteer.read(d);
    int count = d.readInt();
    long[] hashes = new long[count];
    int[] offsets = new int[count + 1];
    WeightBuffer buffer = new WeightBuffer();
    for (int s = 0; s < count; s++) {
      hashes[s] = d.readLong();
      int nnz = d.readUnsignedByte();
      for (int k = 0; k < nnz; k++) {
        buffer.add(d.readByte(), d.readFloat());
      }
      offsets[s + 1] = buffer.size();
    }
    return new PerceptronModel(
        language, tags, gazetteer, transitions, hashes, offsets, buffer.tagIds(), buffer.weights());
  }
}
