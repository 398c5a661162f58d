package org.rassegna.extract.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;

/**
 * Decodes page bytes the way a careful browser would: a byte-order mark wins; then the charset the
 * transport declared; then, for HTML, the {@code <meta>} declaration; then statistical detection. A
 * declared UTF-8 that is not valid UTF-8 is treated as undeclared, and ISO-8859-1 is read as its
 * superset Windows-1252 (as the WHATWG encoding standard does), so mislabelled Western pages keep
 * their curly quotes and euro signs.
 */
public final class PageDecoder {
  private static final int META_SCAN_BYTES = 8192;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PageDecoder() {}

  /** The page's text, with any byte-order mark removed. */
  public static String decode(RawPage page) {
    return decode(page.content(), page.declaredCharset(), page.kind());
  }

  public static String decode(byte[] bytes, Optional<String> declared, PageKind kind) {
    Optional<Bom> bom = Bom.of(bytes);
    if (bom.isPresent()) {
      Bom b = bom.get();
      return new String(bytes, b.length(), bytes.length - b.length(), b.charset());
    }
    Optional<Charset> fromHeader = declared.flatMap(PageDecoder::lookup);
    if (fromHeader.isPresent()) {
      Optional<String> s = tryDecode(bytes, fromHeader.get());
      if (s.isPresent()) {
        return s.get();
      }
    }
    if (kind == PageKind.HTML) {
      Optional<Charset> fromMeta =
          metaCharset(bytes).flatMap(PageDecoder::lookup).map(PageDecoder::asciiCompatible);
      if (fromMeta.isPresent()) {
        Optional<String> s = tryDecode(bytes, fromMeta.get());
        if (s.isPresent()) {
          return s.get();
        }
      }
    }
    Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return utf8.get();
    }
    return new String(bytes, detect(bytes));
  }

  /**
   * Decodes with a declared charset when the bytes agree with it. Single-byte charsets accept any
   * bytes, so for them agreement means "not valid UTF-8": a page labelled Latin-1 or Windows-1251
   * that is really UTF-8 (a common mislabel) is read as UTF-8. Text really written in a single-byte
   * charset is almost never valid UTF-8 once it holds a few non-ASCII letters.
   */
  private static Optional<String> tryDecode(byte[] bytes, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      return strict(bytes, cs);
    }
    if (isSingleByte(cs) && !isAscii(bytes)) {
      Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
      if (utf8.isPresent()) {
        return utf8;
      }
    }
    return Optional.of(new String(bytes, cs));
  }

  private static Optional<String> strict(byte[] bytes, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      // The JDK's String constructor decodes UTF-8 several times faster than a CharsetDecoder and
      // only writes U+FFFD for malformed input; a result without one is the strict result, and
      // only a page holding one (malformed, or a literal U+FFFD) pays for the strict check.
      String lenient = new String(bytes, StandardCharsets.UTF_8);
      if (lenient.indexOf('\uFFFD') < 0) {
        return Optional.of(lenient);
      }
    }
    try {
      return Optional.of(
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean isSingleByte(Charset cs) {
    return cs.canEncode() && cs.newEncoder().maxBytesPerChar() == 1.0f;
  }

  /**
   * A {@code <meta>} that names UTF-16 or UTF-32 was itself read as ASCII, so the bytes cannot be
   * in that charset; browsers read such pages as UTF-8 and so do we.
   */
  private static Charset asciiCompatible(Charset cs) {
    String name = cs.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32") ? StandardCharsets.UTF_8 : cs;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  static Optional<String> metaCharset(byte[] bytes) {
    int n = Math.min(bytes.length, META_SCAN_BYTES);
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Charset detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    if (match != null && match.getConfidence() >= 30) {
      Optional<Charset> cs = lookup(match.getName());
      if (cs.isPresent()) {
        return cs.get();
      }
    }
    return WINDOWS_1252;
  }

  /** A charset by its label, with Latin-1 and ASCII widened to Windows-1252. */
  static Optional<Charset> lookup(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (l.equals("iso-8859-1")
        || l.equals("latin1")
        || l.equals("latin-1")
        || l.equals("us-ascii")
        || l.equals("ascii")
        || l.equals("iso8859-1")
        || l.equals("iso_8859-1")) {
      return Optional.of(WINDOWS_1252);
    }
    if (l.equals("utf8")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    try {
      return Optional.of(Charset.forName(l));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private record Bom(Charset charset, int length) {
    static Optional<Bom> of(byte[] b) {
      if (b.length >= 3
          && (b[0] & 0xFF) == 0xEF
          && (b[1] & 0xFF) == 0xBB
          && (b[2] & 0xFF) == 0xBF) {
        return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
      }
      return Optional.empty();
    }
  }
}
