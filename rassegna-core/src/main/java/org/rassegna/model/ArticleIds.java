package org.rassegna.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Stable article ids: a hash of the canonical URL when known (so a re-fetched page keeps its id),
 * else of the body text (so identical copies share one).
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(Optional<String> url, String text) {
    return url.map(u -> "u" + hash(normalizeUrl(u))).orElseGet(() -> "t" + hash(text));
  }

  static String normalizeUrl(String url) {
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    u = u.replaceFirst("^(?i)https?://", "");
    u = u.replaceFirst("^(?i)www\\.", "");
    int slash = u.indexOf('/');
    String host = slash < 0 ? u : u.substring(0, slash);
    String rest = slash < 0 ? "" : u.substring(slash);
    if (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return host.toLowerCase(Locale.ROOT) + rest;
  }

  private static String hash(String s) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] d = sha.digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
