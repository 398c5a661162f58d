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
 * <p>A model trained on several domains (see {@link PerceptronTrainer}) holds each feature once
 * shared and once per domain, prefixed by {@link #domainFeature}; tagging text of a known domain
 * adds that domain's weights to the shared ones, text of any other domain gets the shared ones
 * only.
 *
 * <p>File format (gzip): magic {@code RNER}, version, language, entity types, the domains (version
 * 2; version 1 files have none), transition weights, the gazetteer, then per feature its 64-bit
 * hash and its non-zero (tag, weight) pairs.
 */
public final class PerceptronModel {
  private static final int MAGIC = 0x524e4552;
  private static final int VERSION = 2;

  private final String language;
  private final List<String> domains;
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
      List<String> domains,
      BilouTags tags,
      Gazetteer gazetteer,
      float[] transitions,
      long[] hashes,
      int[] offsets,
      byte[] tagIds,
      float[] weights) {
    this.language = language;
    this.domains = List.copyOf(domains);
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

  /** The domains with their own weights; empty for a model trained on one domain. */
  public List<String> domains() {
    return domains;
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

  /** Entities of one tokenised sentence, with the shared weights only. */
  public List<TokenSpan> tag(List<String> tokens) {
    return tag(tokens, "");
  }

  /**
   * Entities of one tokenised sentence of {@code domain}: shared plus that domain's weights when
   * the model was trained on it, shared weights only otherwise.
   */
  public List<TokenSpan> tag(List<String> tokens, String domain) {
    return tagDocument(List.of(tokens), domain).get(0);
  }

  /**
   * Entities of each sentence of a document of {@code domain}, sentences in text order: like {@link
   * #tag(List, String)}, and each word also sees its other occurrences in the document ({@link
   * DocumentContext}).
   */
  public List<List<TokenSpan>> tagDocument(List<List<String>> sentences, String domain) {
    DocumentContext document = new DocumentContext(sentences);
    List<List<TokenSpan>> out = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      out.add(tag(NerFeatures.of(document, s, gazetteer), domain));
    }
    return out;
  }

  private List<TokenSpan> tag(String[][] features, String domain) {
    boolean known = domains.contains(domain);
    int n = tags.size();
    float[][] emission = new float[features.length][n];
    for (int i = 0; i < features.length; i++) {
      float[] e = emission[i];
      for (String f : features[i]) {
        add(FeatureIndex.hash(f), e);
        if (known) {
          add(FeatureIndex.hash(domainFeature(domain, f)), e);
        }
      }
    }
    return tags.decode(Viterbi.decode(emission, transitions, tags));
  }

  /** The name of feature {@code feature}'s copy that fires only in {@code domain}. */
  static String domainFeature(String domain, String feature) {
    return domain + '~' + feature;
  }

  private void add(long hash, float[] emission) {
    int slot = index.slot(hash);
    if (slot >= 0) {
      for (int k = offsets[slot]; k < offsets[slot + 1]; k++) {
        emission[tagIds[k]] += weights[k];
      }
    }
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
    d.writeByte(domains.size());
    for (String domain : domains) {
      d.writeUTF(domain);
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
    int magic = d.readInt();
    int version = d.readInt();
    if (magic != MAGIC || version < 1 || version > VERSION) {
      throw new IOException("not a rassegna NER model (bad magic or version)");
    }
    String language = d.readUTF();
    int typeCount = d.readByte();
    List<EntityType> types = new ArrayList<>();
    for (int i = 0; i < typeCount; i++) {
      types.add(EntityType.valueOf(d.readUTF()));
    }
    List<String> domains = new ArrayList<>();
    int domainCount = version == 1 ? 0 : d.readByte();
    for (int i = 0; i < domainCount; i++) {
      domains.add(d.readUTF());
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
        language,
        domains,
        tags,
        gazetteer,
        transitions,
        hashes,
        offsets,
        buffer.tagIds(),
        buffer.weights());
  }
}
