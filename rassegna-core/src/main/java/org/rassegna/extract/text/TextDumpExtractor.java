package org.rassegna.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.rassegna.extract.PageContext;
import org.rassegna.extract.date.DateParser;
import org.rassegna.extract.text.internal.BlockKinds;
import org.rassegna.extract.text.internal.CommentZone;
import org.rassegna.extract.text.internal.ContentRun;
import org.rassegna.extract.text.internal.Datelines;
import org.rassegna.extract.text.internal.LineFeatures;
import org.rassegna.extract.text.internal.LineScorer;
import org.rassegna.extract.text.internal.PageHeader;
import org.rassegna.extract.text.internal.SiteNames;
import org.rassegna.extract.text.internal.Stopwords;
import org.rassegna.extract.text.internal.TextLine;
import org.rassegna.extract.text.internal.Tokens;
import org.rassegna.model.Article;
import org.rassegna.model.Body;
import org.rassegna.model.DateSource;
import org.rassegna.model.PageType;
import org.rassegna.model.PublicationDate;

/**
 * Extracts an article from a plain-text dump of a page (every visible block of the page on its own
 * line): title, publication date, authors, site name, language, page type and the body without
 * menus, teasers and footers. Thread-safe and stateless.
 *
 * <p>Each line is scored for how much it reads like prose (length, function words of the page
 * language, punctuation, boilerplate words, repetition across pages of the run); the body is the
 * best contiguous run of lines under those scores, found in one pass over the whole page; title,
 * dateline and byline are then read from the lines just above the body.
 */
public final class TextDumpExtractor {
  /** Only this much of a line is looked at for its features; the body keeps the whole line. */
  private static final int FEATURE_CHARS = 20_000;

  /** Tokens enough to guess the language of a page. */
  private static final int LANGUAGE_SAMPLE_TOKENS = 20_000;

  /** A body at least this long is an article, not a stub or a listing. */
  private static final int ARTICLE_MIN_WORDS = 40;

  public Article extract(String text, PageContext ctx) {
    List<TextLine> lines = TextLine.split(text);
    List<Tokens> tokens = new ArrayList<>(lines.size());
    for (TextLine line : lines) {
      tokens.add(Tokens.of(sample(line.text())));
    }
    boolean[] all = new boolean[lines.size()];
    Arrays.fill(all, true);
    Optional<String> pageLanguage = guessLanguage(tokens, all);
    Set<String> stopwords = pageLanguage.map(Stopwords::of).orElse(Set.of());
    List<LineFeatures> features = new ArrayList<>(lines.size());
    double[] scores = new double[lines.size()];
    for (TextLine line : lines) {
      LineFeatures f =
          LineFeatures.of(
              sample(line.text()), tokens.get(line.index()), stopwords, ctx.repeatedLines());
      features.add(f);
      scores[line.index()] = LineScorer.score(f);
    }
    int comments = CommentZone.start(lines, features, scores);
    Arrays.fill(scores, comments, scores.length, Double.NEGATIVE_INFINITY);
    boolean[] inBody = ContentRun.label(scores);
    PageHeader header = PageHeader.find(lines, features, inBody);
    Arrays.fill(inBody, 0, header.bodyStart(), false);
    exclude(inBody, header.title(), header.dateline(), header.byline());
    Body body = body(lines, features, inBody);
    return Article.builder(ctx.source())
        .url(ctx.url())
        .title(header.title().stream().mapToObj(i -> lines.get(i).text()).findFirst())
        .published(published(lines, header))
        .authors(header.authors())
        .siteName(siteName(lines, header, inBody))
        .language(body.isEmpty() ? pageLanguage : guessLanguage(tokens, inBody))
        .pageType(pageType(features, inBody))
        .body(body)
        .build();
  }

  private static String sample(String line) {
    return line.length() > FEATURE_CHARS ? line.substring(0, FEATURE_CHARS) : line;
  }

  /** The language of the lines marked in {@code use}, from a bounded sample of their words. */
  private static Optional<String> guessLanguage(List<Tokens> tokens, boolean[] use) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < use.length && words.size() < LANGUAGE_SAMPLE_TOKENS; i++) {
      if (use[i]) {
        words.addAll(tokens.get(i).words());
      }
    }
    return Stopwords.guessLanguage(words);
  }

  private static void exclude(boolean[] inBody, OptionalInt... indexes) {
    for (OptionalInt i : indexes) {
      i.ifPresent(v -> inBody[v] = false);
    }
  }

  private static Body body(List<TextLine> lines, List<LineFeatures> features, boolean[] inBody) {
    Body.Builder body = new Body.Builder();
    for (int i = 0; i < inBody.length; i++) {
      if (inBody[i]) {
        body.add(BlockKinds.of(lines.get(i).text(), features.get(i)), lines.get(i).text());
      }
    }
    return body.build();
  }

  private static Optional<PublicationDate> published(List<TextLine> lines, PageHeader header) {
    if (header.dateline().isEmpty()) {
      return Optional.empty();
    }
    String line = lines.get(header.dateline().getAsInt()).text();
    Optional<PublicationDate> exact =
        Datelines.find(line)
            .flatMap(
                s -> DateParser.parse(line.substring(s.start(), s.end()), DateSource.DATELINE));
    return exact.isPresent() ? exact : DateParser.parse(line, DateSource.DATELINE);
  }

  /** Bylines credit the site; copyright lines outside the body name it too. */
  private static Optional<String> siteName(
      List<TextLine> lines, PageHeader header, boolean[] inBody) {
    List<String> bylines = new ArrayList<>();
    header.byline().ifPresent(i -> bylines.add(PageHeader.besideDate(lines.get(i).text())));
    bylines.addAll(header.authors());
    List<String> others = new ArrayList<>();
    for (TextLine line : lines) {
      boolean isByline = header.byline().isPresent() && header.byline().getAsInt() == line.index();
      if (!inBody[line.index()] && !isByline) {
        others.add(line.text());
      }
    }
    return SiteNames.choose(bylines, others);
  }

  private static PageType pageType(List<LineFeatures> features, boolean[] inBody) {
    int words = 0;
    for (int i = 0; i < inBody.length; i++) {
      words += inBody[i] ? features.get(i).words() : 0;
    }
    return words >= ARTICLE_MIN_WORDS ? PageType.ARTICLE : PageType.OTHER;
  }
}
