package org.rassegna.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an input record came from: the file (or {@code "-"} for standard input), the byte offset of
 * the record inside it (WARC) or its line number (JSON Lines, see {@code line}), the container
 * format, and the record's own id when it has one (WARC-Record-ID, a JSONL {@code id} field).
 */
public record SourceRef(
    String path,
    Optional<Long> offset,
    Optional<Long> line,
    SourceFormat format,
    Optional<String> recordId) {

  public SourceRef {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(recordId, "recordId");
  }

  /** A whole file. */
  public static SourceRef file(String path, SourceFormat format) {
    return new SourceRef(path, Optional.empty(), Optional.empty(), format, Optional.empty());
  }

  public SourceRef withOffset(long byteOffset) {
    return new SourceRef(path, Optional.of(byteOffset), line, format, recordId);
  }

  public SourceRef withLine(long lineNumber) {
    return new SourceRef(path, offset, Optional.of(lineNumber), format, recordId);
  }

  public SourceRef withRecordId(String id) {
    return new SourceRef(path, offset, line, format, Optional.of(id));
  }

  /** A short human form for messages: {@code file.warc.gz@18231}, {@code feed.jsonl:12}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(path);
    offset.ifPresent(o -> sb.append('@').append(o));
    line.ifPresent(l -> sb.append(':').append(l));
    recordId.ifPresent(id -> sb.append(" [").append(id).append(']'));
    return sb.toString();
  }
}
