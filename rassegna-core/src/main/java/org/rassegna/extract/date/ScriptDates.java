package org.rassegna.extract.date;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.rassegna.model.PublicationDate;

/**
 * Publication dates in the page's own scripts: the state objects of JavaScript front ends and
 * analytics layers carry fields such as {@code "publishedDate"}, {@code "published_at"} or {@code
 * "createdAt"} when the markup shows nothing. Read only when the markup has no date, and only the
 * first {@value #MAX_CHARS} characters of script text, so the cost stays bounded.
 */
final class ScriptDates {
  private static final int MAX_CHARS = 400_000;
  private static final Pattern FIELD =
      Pattern.compile(
          "[\"'](?:date_?published|published_?(?:at|date|time|on)?|publish_?(?:date|time|ed_?at)"
              + "|pub_?date|first_?published(?:_?at)?|created_?(?:at|date)|date_?created)[\"']"
              + "\\s*:\\s*[\"']([^\"']{8,40})[\"']",
          Pattern.CASE_INSENSITIVE);

  private ScriptDates() {}

  static Optional<PublicationDate> find(
      DateMarkup markup, Function<String, Optional<PublicationDate>> parse) {
    int budget = MAX_CHARS;
    for (Element script : markup.scripts) {
      String data = script.data();
      if (data.length() > budget) {
        data = data.substring(0, budget);
      }
      budget -= data.length();
      Matcher m = FIELD.matcher(data);
      while (m.find()) {
        Optional<PublicationDate> d = parse.apply(m.group(1));
        if (d.isPresent()) {
          return d;
        }
      }
      if (budget <= 0) {
        break;
      }
    }
    return Optional.empty();
  }
}
