package org.rassegna.extract.text.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of the publishing site, from the two places a text dump states it: a byline that credits
 * the site ("Staff de l'X", "Jane Doe for X", "of the X") and a footer line ("Copyright X 2013", "©
 * 2020 X"). The byline wins because footers are written once and left alone, while bylines are
 * typed with every article, so misspelt footers are common and misspelt bylines are not.
 */
public final class SiteNames {
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'’.&-]*";

  /** Capitalised words, with the small joining words names of sites keep ("Mensagens de X"). */
  private static final String NAME =
      "("
          + WORD
          + "(?:\\s+(?:(?:de|di|da|del|do|dos|of|the|and|du|des|la|le|von|der)\\s+)?"
          + WORD
          + "){0,3})";

  private static final Pattern CREDIT =
      Pattern.compile(
          "\\b(?:(?:de|of|di|del|della|dello|da|du|des|von|der)\\s+(?:(l['’])|(?:the|la|il|le|el|lo|der|die|das)\\s+)"
              + "|(?:for|per|pour|para|für)\\s+(l['’])?)"
              + NAME
              + "\\s*$");
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?i:copyright|©|\\(c\\))(?:\\s*(?i:copyright|©|\\(c\\)))*\\s*(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?\\s*,?\\s*)?"
              + "(?:by\\s+)?"
              + NAME);
  private static final Pattern YEAR_OR_SIGN = Pattern.compile("©|\\b(?:19|20)\\d{2}\\b");
  private static final Pattern LEADING_NOISE =
      Pattern.compile("(?i)(?:all rights reserved|copyright)[.\\s]*(?=copyright|©)");
  private static final Pattern TRAILER =
      Pattern.compile(
          "\\s+(?i:all|tutti|todos|tous|alle|inc|ltd|llc|gmbh|s\\.p\\.a|srl|s\\.r\\.l)\\b.*$");

  private SiteNames() {}

  /** The site a byline credits, elided article kept and capitalised ("de l'x" gives "L'x"). */
  public static Optional<String> fromByline(String byline) {
    Matcher m = CREDIT.matcher(byline);
    if (!m.find()) {
      return Optional.empty();
    }
    String elided = m.group(1) != null ? m.group(1) : m.group(2);
    String name = (elided == null ? "" : elided) + m.group(3);
    return Optional.of(capitalise(name));
  }

  /**
   * The site a copyright line names, without years, "all rights reserved" or company suffixes. The
   * line must hold a year or a © sign, which links to policies ("Copyright Policy") lack.
   */
  public static Optional<String> fromCopyright(String line) {
    if (!YEAR_OR_SIGN.matcher(line).find()) {
      return Optional.empty();
    }
    Matcher m = COPYRIGHT.matcher(LEADING_NOISE.matcher(line).replaceFirst(""));
    if (!m.find()) {
      return Optional.empty();
    }
    String name = TRAILER.matcher(m.group(1)).replaceFirst("").replaceAll("[\\s.,-]+$", "");
    return name.length() < 2 ? Optional.empty() : Optional.of(name);
  }

  /**
   * The first site credited by one of {@code bylines} that {@code otherLines} mention again (a lone
   * credit may be part of a name, as in "Maria de la Cruz"), else the first site named by a
   * copyright line among {@code otherLines}.
   */
  public static Optional<String> choose(List<String> bylines, List<String> otherLines) {
    for (String b : bylines) {
      Optional<String> s = fromByline(b);
      if (s.isPresent() && mentioned(s.get(), otherLines)) {
        return s;
      }
    }
    for (String f : otherLines) {
      Optional<String> s = fromCopyright(f);
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  private static boolean mentioned(String site, List<String> lines) {
    String core = site.replaceFirst("^\\p{L}['’]", "").toLowerCase(Locale.ROOT);
    for (String line : lines) {
      if (line.toLowerCase(Locale.ROOT).contains(core)) {
        return true;
      }
    }
    return false;
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
