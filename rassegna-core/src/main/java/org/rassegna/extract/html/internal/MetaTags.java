package org.rassegna.extract.html.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} values by lower-cased {@code name}, {@code property}, {@code itemprop} or
 * {@code http-equiv}, in document order, so that lookups cost a map access.
 */
public final class MetaTags {
  private final Map<String, List<String>> values = new HashMap<>();

  private MetaTags() {}

  public static MetaTags of(MarkupScan scan) {
    MetaTags m = new MetaTags();
    for (Element e : scan.metas) {
      String content = e.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"name", "property", "itemprop", "http-equiv"}) {
        String k = e.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!k.isEmpty()) {
          m.values.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
        }
      }
    }
    return m;
  }

  /** The first value among the keys, tried in order. */
  public Optional<String> first(String... keys) {
    for (String k : keys) {
      List<String> v = values.get(k);
      if (v != null) {
        return Optional.of(v.get(0));
      }
    }
    return Optional.empty();
  }

  /** Every value of a key. */
  public List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
