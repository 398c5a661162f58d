package org.rassegna.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * What a model knows of words beyond its weights: entity names of the labelled data ({@link
 * Gazetteer}), word classes ({@link WordClusters}) and place names ({@link PlaceNames}). Stored in
 * the model file, so tagging sees the same lists as training.
 */
record LexicalResources(Gazetteer names, WordClusters classes, PlaceNames places) {
  static final LexicalResources NONE =
      new LexicalResources(Gazetteer.EMPTY, WordClusters.NONE, PlaceNames.NONE);

  /** These resources with {@code other} names. */
  LexicalResources withNames(Gazetteer other) {
    return new LexicalResources(other, classes, places);
  }

  /** Adds the name, class and place features of every token to {@code out}. */
  void features(List<String> tokens, List<List<String>> out) {
    names.features(tokens, out);
    classes.features(tokens, out);
    places.features(tokens, out);
  }

  void write(DataOutputStream d) throws IOException {
    names.write(d);
    classes.write(d);
    places.write(d);
  }

  /** Reads what {@link #write} wrote; model files before {@code version} 4 have only names. */
  static LexicalResources read(DataInputStream d, int version) throws IOException {
    Gazetteer names = Gazetteer.read(d);
    if (version < 4) {
      return new LexicalResources(names, WordClusters.NONE, PlaceNames.NONE);
    }
    WordClusters classes = WordClusters.read(d);
    return new LexicalResources(names, classes, PlaceNames.read(d));
  }
}
