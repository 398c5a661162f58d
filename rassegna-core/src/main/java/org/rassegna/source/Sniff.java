package org.rassegna.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Guesses what bytes hold from how they start, for payloads and streams that carry no type. */
final class Sniff {
  private static final int HEAD = 512;
  private static final String[] HTML_STARTS = {
    "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--", "<?xml", "<div", "<p"
  };

  private Sniff() {}

  /** True when the first non-blank bytes open an HTML document. */
  static boolean looksLikeHtml(byte[] bytes) {
    String head = head(bytes, 0, bytes.length);
    for (String start : HTML_STARTS) {
      if (head.startsWith(start)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind of a stream from its first bytes (already gunzipped): {@code WARC/1.} is WARC, an
   * opening brace JSON Lines, an angle bracket HTML; anything else is empty.
   */
  static Optional<FileKind> kindOf(byte[] prefix, int length) {
    if (length >= 6 && new String(prefix, 0, 6, StandardCharsets.US_ASCII).equals("WARC/1")) {
      return Optional.of(FileKind.WARC);
    }
    String head = head(prefix, 0, length);
    if (head.startsWith("{")) {
      return Optional.of(FileKind.JSONL);
    }
    if (head.startsWith("<")) {
      return Optional.of(FileKind.HTML);
    }
    return Optional.empty();
  }

  /** The lower-cased start of the bytes after a UTF-8 BOM and leading whitespace. */
  private static String head(byte[] bytes, int from, int to) {
    int i = from;
    if (to - i >= 3 && (bytes[i] & 0xFF) == 0xEF && (bytes[i + 1] & 0xFF) == 0xBB) {
      i += 3;
    }
    while (i < to
        && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    int end = Math.min(to, i + HEAD);
    return new String(bytes, i, end - i, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
  }
}
