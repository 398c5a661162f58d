package org.rassegna.extract.html.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Author names of a page, from the most structured source that has any: JSON-LD {@code author},
 * then {@code <meta name=author>}, then {@code rel=author} links and byline elements. Names are
 * cleaned of "By", roles, read times and contact prompts, split on "and"/commas, and de-duplicated;
 * URLs and e-mail addresses are not names.
 */
public final class Authors {
  private static final int MAX_NAME_LENGTH = 60;
  private static final int MAX_NAME_WORDS = 5;
  private static final int MAX_AUTHORS = 10;

  private static final Pattern BY_PREFIX =
      Pattern.compile(
          "^((?i:written\\s+by|posted\\s+by|reported\\s+by|by)|von|di|da|por|par|door|от|автор)[:\\s]+");

  /** A one-word label before the name: "Text: Jane Roe", "Autore: Anna Rossi". */
  private static final Pattern LABEL = Pattern.compile("^\\p{L}+:\\s*");

  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|;|\\s&\\s|\\s(?:and|und|e|y|et|и)\\s|\\|)\\s*");
  private static final Pattern JUNK_PART =
      Pattern.compile(
          "(?i).*(\\d+\\s*min(ute)?s?\\s*read|\\bstaff\\b|email the author|e-mail|follow|updated|published"
              + "|posted|twitter|facebook|http|www\\.|@|\\d).*");

  /** Degrees and titles that follow a name after a comma: "Jane Roe, MS, RDN", "PhD". */
  private static final Pattern CREDENTIAL =
      Pattern.compile("\\p{Lu}{2,4}|(?i)ph\\.?d\\.?|m\\.?d\\.?|jr\\.?|sr\\.?");

  private static final Set<String> NOT_NAMES =
      Set.of(
          "staff",
          "staff writer",
          "staff reporter",
          "editor",
          "editors",
          "admin",
          "administrator",
          "author",
          "contributor",
          "guest",
          "redazione",
          "redaction",
          "rédaction",
          "team",
          "the editors",
          "editorial staff",
          "news desk",
          "web desk",
          "anonymous",
          "unknown");

  private Authors() {}

  public static List<String> find(MarkupScan scan, MetaTags meta, Optional<JsonNode> article) {
    List<String> found = article.map(a -> clean(JsonLd.texts(a, "author"))).orElse(List.of());
    if (found.isEmpty()) {
      found = clean(meta.all("author"));
    }
    if (found.isEmpty()) {
      found = clean(meta.all("article:author"));
    }
    if (found.isEmpty()) {
      found = clean(markupNames(scan.authorMarkup));
    }
    if (found.isEmpty()) {
      found = clean(bylineTexts(scan.bylines, true));
    }
    if (found.isEmpty()) {
      found = clean(bylineTexts(scan.bylines, false));
    }
    return found;
  }

  /** {@code rel=author} texts, and the {@code name} inside {@code itemprop=author} objects. */
  private static List<String> markupNames(List<Element> elements) {
    List<String> out = new ArrayList<>();
    for (Element e : elements) {
      Element name = e.selectFirst("[itemprop=name]");
      out.add(
          name == null
              ? e.text()
              : name.attr("content").isEmpty() ? name.text() : name.attr("content"));
    }
    return out;
  }

  /** Byline elements' links (usually the author pages), or their whole texts. */
  private static List<String> bylineTexts(List<Element> elements, boolean linksOnly) {
    List<String> out = new ArrayList<>();
    for (Element e : elements) {
      if (linksOnly) {
        for (Element a : e.getElementsByTag("a")) {
          out.add(a.text());
        }
      } else {
        out.add(e.text());
      }
      if (out.size() >= MAX_AUTHORS * 2) {
        break;
      }
    }
    return out;
  }

  /** Cleaned, split and de-duplicated names, first spelling kept. */
  public static List<String> clean(List<String> raw) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String r : raw) {
      String s = BY_PREFIX.matcher(Text.clean(r)).replaceFirst("");
      for (String part : SPLIT.split(s)) {
        Optional<String> name = name(part);
        if (name.isPresent() && names.size() < MAX_AUTHORS) {
          names.putIfAbsent(name.get().toLowerCase(Locale.ROOT), name.get());
        }
      }
    }
    return List.copyOf(names.values());
  }

  /** Handles like "admin" or "gto" are not names; scripts without case never match. */
  private static boolean isAllLowerCase(String p) {
    return p.equals(p.toLowerCase(Locale.ROOT)) && !p.equals(p.toUpperCase(Locale.ROOT));
  }

  private static Optional<String> name(String part) {
    String p =
        BY_PREFIX.matcher(LABEL.matcher(part.strip()).replaceFirst("")).replaceFirst("").strip();
    p = p.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$", "");
    if (p.isEmpty()
        || p.length() > MAX_NAME_LENGTH
        || p.split("\\s+").length > MAX_NAME_WORDS
        || JUNK_PART.matcher(p).matches()
        || NOT_NAMES.contains(p.toLowerCase(Locale.ROOT))
        || CREDENTIAL.matcher(p).matches()
        || isAllLowerCase(p)
        || !Character.isLetter(p.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(p);
  }
}
