package org.rassegna.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * <p>A stacked model (see {@link StackedTrainer}) holds a first-pass model over the same tags,
 * domains, gazetteer and word classes: it tags the document first, and its labels feed this model's
 * {@link StackedFeatures}.
 *
 * <p>File format (gzip): magic {@code RNER}, version, language, entity types, the domains (version
 * 2; version 1 files have none), transition weights, the gazetteer, then per feature its 64-bit
 * hash and its non-zero (tag, weight) pairs; version 3 then has a flag and, when set, the first
 * pass's transition weights and feature table (it shares everything else). Version 4 stores the
 * word classes ({@link WordClusters}) after the gazetteer.
 */
public final class PerceptronModel {
  private static final int MAGIC = 0x524e4552;
  private static final int VERSION = 4;

  /** Documents up to this many sentences keep their features for the second pass. */
  private static final int CACHED_SENTENCES = 2000;

  private final String language;
  private final List<String> domains;
  private final BilouTags tags;
  private final float[] transitions;
  private final long[] hashes;
  private final FeatureIndex index;
  private final LexicalResources lexical;
  private final int[] offsets;
  private final byte[] tagIds;
  private final float[] weights;
  private final Optional<PerceptronModel> firstPass;

  PerceptronModel(
      String language,
      List<String> domains,
      BilouTags tags,
      LexicalResources lexical,
      float[] transitions,
      long[] hashes,
      int[] offsets,
      byte[] tagIds,
      float[] weights) {
    this(language, domains, tags, lexical, transitions, hashes, offsets, tagIds, weights, null);
  }

  private PerceptronModel(
      String language,
      List<String> domains,
      BilouTags tags,
      LexicalResources lexical,
      float[] transitions,
      long[] hashes,
      int[] offsets,
      byte[] tagIds,
      float[] weights,
      PerceptronModel firstPass) {
    this.firstPass = Optional.ofNullable(firstPass);
    this.language = language;
    this.domains = List.copyOf(domains);
    this.tags = tags;
    this.lexical = lexical;
    this.transitions = transitions;
    this.index = new FeatureIndex(hashes);
    this.offsets = offsets;
    this.tagIds = tagIds;
    this.weights = weights;
    this.hashes = hashes;
  }

  /**
   * This model as the second pass over {@code first}, which must share its language, tags, domains
   * and lexical resources (the trainer builds both from the same data).
   */
  PerceptronModel stackedOn(PerceptronModel first) {
    return new PerceptronModel(
        language, domains, tags, lexical, transitions, hashes, offsets, tagIds, weights, first);
  }

  /** Whether a first-pass model tags the document before this one. */
  public boolean stacked() {
    return firstPass.isPresent();
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
    return lexical.names().size();
  }

  /** Number of words with a word class; 0 for a model trained without them. */
  public int classifiedWords() {
    return lexical.classes().size();
  }

  /** Number of features with at least one non-zero weight, the first pass's included. */
  public int features() {
    return hashes.length + firstPass.map(PerceptronModel::features).orElse(0);
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
    List<String[][]> cache = new ArrayList<>();
    boolean keep = firstPass.isPresent() && sentences.size() <= CACHED_SENTENCES;
    List<List<TokenSpan>> out = new ArrayList<>(sentences.size());
    PerceptronModel pass = firstPass.orElse(this);
    for (int s = 0; s < sentences.size(); s++) {
      String[][] features = NerFeatures.of(document, s, lexical);
      out.add(pass.tag(features, domain));
      if (keep) {
        cache.add(features);
      }
    }
    if (firstPass.isEmpty()) {
      return out;
    }
    StackedFeatures stacked = new StackedFeatures(sentences, out);
    List<List<TokenSpan>> second = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[][] base = keep ? cache.get(s) : NerFeatures.of(document, s, lexical);
      second.add(tag(stacked.append(s, base), domain));
    }
    return second;
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
    lexical.write(d);
    writeFeatures(d);
    d.writeBoolean(firstPass.isPresent());
    if (firstPass.isPresent()) {
      for (float t : firstPass.get().transitions) {
        d.writeFloat(t);
      }
      firstPass.get().writeFeatures(d);
    }
    d.flush();
    gz.finish();
  }

  private void writeFeatures(DataOutputStream d) throws IOException {
    d.writeInt(hashes.length);
    for (int s = 0; s < hashes.length; s++) {
      d.writeLong(hashes[s]);
      d.writeByte(offsets[s + 1] - offsets[s]);
      for (int k = offsets[s]; k < offsets[s + 1]; k++) {
        d.writeByte(tagIds[k]);
        d.writeFloat(weights[k]);
      }
    }
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
    float[] transitions = readTransitions(d, tags);
    LexicalResources lexical = LexicalResources.read(d, version);
    PerceptronModel model = readTable(d, language, domains, tags, transitions, lexical);
    if (version >= 3 && d.readBoolean()) {
      float[] firstTransitions = readTransitions(d, tags);
      return model.stackedOn(readTable(d, language, domains, tags, firstTransitions, lexical));
    }
    return model;
  }

  private static float[] readTransitions(DataInputStream d, BilouTags tags) throws IOException {
    float[] transitions = new float[(tags.size() + 1) * tags.size()];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = d.readFloat();
    }
    return transitions;
  }

  /** A feature table; a first pass shares the second's names and word classes. */
  private static PerceptronModel readTable(
      DataInputStream d,
      String language,
      List<String> domains,
      BilouTags tags,
      float[] transitions,
      LexicalResources lexical)
      throws IOException {
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
        lexical,
        transitions,
        hashes,
        offsets,
        buffer.tagIds(),
        buffer.weights());
  }
}
