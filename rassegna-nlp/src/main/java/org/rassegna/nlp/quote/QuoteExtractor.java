package org.rassegna.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.rassegna.nlp.Span;

/**
 * The quote stage: finders, then the attributor, then one reading per stretch of text. Rules for
 * overlaps, in order:
 *
 * <ol>
 *   <li>a direct quote with a speaker is kept;
 *   <li>reported speech is kept when it has a speaker, does not start inside quote marks (there it
 *       is the quoted person's words) and overlaps no kept quote: a quote inside a reported clause
 *       is part of it;
 *   <li>a direct quote without a speaker is kept when a colon introduces it or it is long ({@link
 *       #MIN_UNATTRIBUTED_WORDS} words), and is outside any kept quote: titles and scare quotes go.
 * </ol>
 *
 * Thread-safe when its stages are (the shipped ones are stateless).
 */
public final class QuoteExtractor {
  /** Words an unattributed quote needs to count as speech rather than a title or a term. */
  static final int MIN_UNATTRIBUTED_WORDS = 8;

  /**
   * Words a quote after its verb needs ("ha riferito di aver colpito una “cellula”" is not one).
   */
  static final int MIN_CUED_WORDS = 4;

  /** Below this many words an unattributed question in marks is a title, not speech. */
  static final int MAX_TITLE_QUESTION_WORDS = 12;

  /** Words any direct quote needs: one or two words in marks are a term, not speech. */
  static final int MIN_WORDS = 3;

  private final List<QuoteFinder> finders;
  private final SpeakerAttributor attributor;

  public QuoteExtractor(List<QuoteFinder> finders, SpeakerAttributor attributor) {
    this.finders = List.copyOf(finders);
    this.attributor = Objects.requireNonNull(attributor, "attributor");
  }

  /** Quote marks and reported speech, attributed by rule. */
  public static QuoteExtractor defaults() {
    return new QuoteExtractor(
        List.of(new DirectQuoteFinder(), new ReportedSpeechFinder()), new RuleSpeakerAttributor());
  }

  /** The article's quotes in body order. */
  public List<Quote> extract(QuoteInput input) {
    if (input.text().isEmpty()) {
      return List.of();
    }
    List<QuoteCandidate> candidates = new ArrayList<>();
    for (QuoteFinder f : finders) {
      candidates.addAll(f.find(input));
    }
    candidates.sort(Comparator.comparingInt(QuoteCandidate::start));
    List<Optional<Speaker>> speakers = attributor.attribute(input, candidates);
    boolean[] quoted = insideQuoteMarks(input.text(), candidates);
    insideReportedClause(input.text(), candidates, speakers, quoted);
    List<Quote> kept = new ArrayList<>();
    TreeMap<Integer, Integer> taken = new TreeMap<>();
    for (int pass = 0; pass < 3; pass++) {
      for (int i = 0; i < candidates.size(); i++) {
        QuoteCandidate c = candidates.get(i);
        if (!quoted[i] && pass(input.text(), c, speakers.get(i)) == pass && free(taken, c)) {
          Quote q = quote(input.text(), c, speakers.get(i));
          kept.add(q);
          taken.put(q.start(), q.end());
        }
      }
    }
    kept.sort(Comparator.comparingInt(Quote::start));
    return kept;
  }

  /**
   * Reported speech that starts inside quote marks is the quoted person's words ("…I said that…"),
   * not a quote of its own.
   */
  private static boolean[] insideQuoteMarks(String text, List<QuoteCandidate> candidates) {
    boolean[] out = new boolean[candidates.size()];
    int directStart = -1;
    int directEnd = -1;
    for (int i = 0; i < candidates.size(); i++) {
      QuoteCandidate c = candidates.get(i);
      if (c.direct() && words(text, c) >= MIN_WORDS && c.end() > directEnd) {
        directStart = c.start();
        directEnd = c.end();
      } else if (!c.direct()) {
        // Starting with the marks ("ha spiegato che “in nessun caso” i soldati …") is not inside.
        out[i] = c.start() > directStart && c.start() < directEnd;
      }
    }
    return out;
  }

  /**
   * A short quote in marks that a reported clause holds after words of its own is a phrase of that
   * clause ("The websites advertised “nude Asian models” …, the affidavit stated"): the clause is
   * the quote. So is one nobody is named for inside a clause whose speaker is unknown too ("señaló
   * que el Gobierno «ha contestado …»"); one with a speaker of its own stays.
   */
  private static void insideReportedClause(
      String text,
      List<QuoteCandidate> candidates,
      List<Optional<Speaker>> speakers,
      boolean[] out) {
    ReportedClauses any = new ReportedClauses(candidates, k -> !out[k]);
    ReportedClauses named =
        new ReportedClauses(candidates, k -> !out[k] && speakers.get(k).isPresent());
    for (int i = 0; i < candidates.size(); i++) {
      QuoteCandidate d = candidates.get(i);
      if (!d.direct() || words(text, d) >= MIN_UNATTRIBUTED_WORDS && !fragment(text, d)) {
        continue;
      }
      ReportedClauses holders = speakers.get(i).isEmpty() ? any : named;
      Optional<QuoteCandidate> r = holders.earliestHolding(d);
      if (r.isPresent() && wordBetween(text, r.get(), d)) {
        out[i] = true;
      }
    }
  }

  /**
   * Words in marks that start in lower case continue the sentence around them ("une houle est
   * attendue, « avec un risque majeur … », avertit la préfecture"): a fragment of reported speech
   * however long.
   */
  private static boolean fragment(String text, QuoteCandidate d) {
    return Character.isLowerCase(text.charAt(d.start()));
  }

  /** Two words at least: "he “wasn't trying …”" keeps the quote, its subject aside. */
  private static boolean wordBetween(String text, QuoteCandidate outer, QuoteCandidate inner) {
    String before = text.substring(outer.start(), inner.start());
    return before.replaceAll("[^\\p{L}\\s]", "").strip().split("\\s+").length >= 2;
  }

  /** Which pass may keep a candidate (see the class comment); 3 for never. */
  private static int pass(String text, QuoteCandidate c, Optional<Speaker> speaker) {
    if (c.direct() && tooShort(text, c)) {
      return 3;
    }
    if (c.direct() && speaker.isPresent()) {
      return 0;
    }
    if (!c.direct()) {
      return speaker.isPresent() ? 1 : 3;
    }
    if (question(text, c) && words(text, c) < MAX_TITLE_QUESTION_WORDS) {
      // "rispondere alla domanda "Dove trovo il disco?"", "Voir : "PMA : … ?"": a question in
      // marks that nobody is said to ask is a title or a topic.
      return 3;
    }
    // A cue whose speaker could not be found proves little: "L'ultima "pioggia di stelle" così
    // intensa è stata osservata" has a verb after the marks, and they still hold a term. Only a
    // colon keeps a short quote nobody is named for.
    return c.kind() == CueKind.COLON || words(text, c) >= MIN_UNATTRIBUTED_WORDS ? 2 : 3;
  }

  /**
   * One or two words in marks are a term, not speech; so are a few words after a cue that stands
   * before them ("ha riferito di aver colpito una “cellula terroristica”").
   */
  private static boolean tooShort(String text, QuoteCandidate c) {
    int words = words(text, c);
    boolean cueBefore = c.kind() != CueKind.COLON && c.cue().end() <= c.start();
    return words < MIN_WORDS || cueBefore && words < MIN_CUED_WORDS;
  }

  private static boolean question(String text, QuoteCandidate c) {
    String quoted = text.substring(c.start(), c.end()).strip();
    return quoted.endsWith("?");
  }

  /**
   * Whether {@code c} overlaps none of the kept quotes, held as start → end. They do not overlap
   * one another, so only the last one starting before {@code c} ends can reach into it.
   */
  private static boolean free(TreeMap<Integer, Integer> taken, QuoteCandidate c) {
    Map.Entry<Integer, Integer> before = taken.lowerEntry(c.end());
    return before == null || !c.overlaps(before.getKey(), before.getValue());
  }

  private static int words(String text, QuoteCandidate c) {
    int n = 0;
    for (Span p : c.parts()) {
      boolean inWord = false;
      for (int i = p.start(); i < p.end(); i++) {
        boolean letter = Character.isLetterOrDigit(text.charAt(i));
        n += letter && !inWord ? 1 : 0;
        inWord = letter;
      }
    }
    return n;
  }

  private static Quote quote(String text, QuoteCandidate c, Optional<Speaker> speaker) {
    StringBuilder sb = new StringBuilder();
    for (Span p : c.parts()) {
      sb.append(sb.length() > 0 ? " " : "").append(text, p.start(), p.end());
    }
    Optional<String> verb =
        c.kind() == CueKind.VERB || c.kind() == CueKind.ACCORDING || c.kind() == CueKind.RELATIVE
            ? Optional.of(text.substring(c.cue().start(), c.cue().end()))
            : Optional.empty();
    return new Quote(c.start(), c.end(), c.parts(), sb.toString(), c.direct(), speaker, verb);
  }
}
