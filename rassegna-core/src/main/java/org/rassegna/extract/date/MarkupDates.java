package org.rassegna.extract.date;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.rassegna.model.DateSource;
import org.rassegna.model.PublicationDate;

/**
 * Dates marked up as dates in the page body: {@code <time datetime>}, microdata {@code
 * itemprop=datePublished/dateCreated/dateModified/uploadDate}, RDFa {@code property=datePublished}
 * and microformat {@code abbr.published}. The first one in document order that is not in a sidebar,
 * teaser or comment wins; a {@code <time>} whose class or parent says "updated" is a modified date.
 */
final class MarkupDates {
  private MarkupDates() {}

  /**
   * The first published and modified dates marked up outside boilerplate; when the content holds
   * none, those in footers (a blog's "posted on" line) are taken, never those in sidebars.
   */
  static PageDates find(
      DateMarkup markup,
      Boilerplate boilerplate,
      Function<String, Optional<PublicationDate>> parse) {
    List<Element> marked = markup.dated;
    PageDates inContent = find(marked, boilerplate, Boilerplate.Level.NONE, parse);
    if (inContent.published().isPresent()) {
      return inContent;
    }
    PageDates inFooters = find(marked, boilerplate, Boilerplate.Level.SOFT, parse);
    return new PageDates(inFooters.published(), inContent.modified().or(inFooters::modified));
  }

  private static PageDates find(
      List<Element> marked,
      Boilerplate boilerplate,
      Boilerplate.Level allowed,
      Function<String, Optional<PublicationDate>> parse) {
    Optional<PublicationDate> published = Optional.empty();
    Optional<PublicationDate> modified = Optional.empty();
    for (Element e : marked) {
      if (published.isPresent() && modified.isPresent()) {
        break;
      }
      boolean isModified = isModified(e);
      if ((isModified ? modified : published).isPresent()
          || boilerplate.levelAround(e).compareTo(allowed) > 0) {
        continue;
      }
      Optional<PublicationDate> d = parse.apply(value(e)).map(x -> x.withSource(DateSource.TIME));
      if (isModified) {
        modified = d;
      } else {
        published = d;
      }
    }
    return new PageDates(published, modified);
  }

  private static boolean isModified(Element e) {
    String prop = (e.attr("itemprop") + " " + e.attr("property")).toLowerCase(Locale.ROOT);
    if (prop.contains("modified")) {
      return true;
    }
    if (prop.contains("published") || prop.contains("created")) {
      return false;
    }
    String names = e.className();
    Element parent = e.parent();
    if (parent != null) {
      names += " " + parent.className();
    }
    names = names.toLowerCase(Locale.ROOT);
    return names.contains("updated")
        || names.contains("modified")
        || names.contains("aktualisiert");
  }

  private static String value(Element e) {
    for (String attr : new String[] {"datetime", "content", "title"}) {
      String v = e.attr(attr);
      if (!v.isBlank()) {
        return v;
      }
    }
    return e.text();
  }
}
