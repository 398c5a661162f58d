package org.rassegna.nlp;

/** Named-entity classes, CoNLL style. */
public enum EntityType {
  PERSON("PER"),
  ORGANIZATION("ORG"),
  LOCATION("LOC"),
  MISC("MISC");

  private final String conll;

  EntityType(String conll) {
    this.conll = conll;
  }

  /** The CoNLL tag ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC}). */
  public String conll() {
    return conll;
  }
}
