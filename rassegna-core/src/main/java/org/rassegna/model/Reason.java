package org.rassegna.model;

/** Why a record was skipped or failed; {@link #code()} is the stable name used in summaries. */
public enum Reason {
  EMPTY("empty"),
  BINARY("binary"),
  UNSUPPORTED_FILE("unsupported-file"),
  UNSUPPORTED_RECORD("unsupported-record"),
  UNSUPPORTED_CONTENT_TYPE("unsupported-content-type"),
  HTTP_STATUS("http-status"),
  NO_BODY("no-body"),
  TOO_LARGE("too-large"),
  TOO_DEEP("too-deep"),
  TRUNCATED("truncated"),
  CORRUPT("corrupt"),
  MALFORMED_JSON("malformed-json"),
  MISSING_FIELD("missing-field"),
  IO_ERROR("io-error"),
  TIMEOUT("timeout"),
  INTERNAL_ERROR("internal-error");

  private final String code;

  Reason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
