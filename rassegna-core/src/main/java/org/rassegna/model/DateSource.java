package org.rassegna.model;

/** The evidence a date was taken from, in rough order of trust. */
public enum DateSource {
  JSON_LD("json-ld"),
  META("meta"),
  TIME("time"),
  URL("url"),
  DATELINE("dateline"),
  TEXT("text"),
  HTTP("http-header");

  private final String code;

  DateSource(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
