package org.rassegna.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.rassegna.model.Article;

/**
 * A hash of what a reader sees of an article (title, date, body), so that a re-fetched page with
 * the same words counts as unchanged and one with edited words as a new version.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(Article a) {
    String seen =
        a.title().orElse("")
            + '\u0000'
            + a.published().map(p -> p.iso()).orElse("")
            + '\u0000'
            + a.text();
    return sha256(seen);
  }

  static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
