package org.rassegna.nlp.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words that signal quotes in one language, read from {@code verbs-<lang>.txt} (reporting verb
 * forms, any number a line, {@code #} starts a comment) and {@code cues-<lang>.txt} (sections in
 * brackets: {@code [that]} complementisers that open reported content, {@code [of]} infinitive
 * markers that do so right after the verb, {@code [of-verbs]} the verbs those markers follow when
 * not every verb may (English "to"), {@code [according]} phrases such as "according to", one a
 * line, {@code [reading]} verbs whose source follows a preposition, {@code [pronouns]} subject
 * pronouns, {@code [first-person]} the writer's pronouns, {@code [speakers]} nouns that head a
 * speaker description, {@code [aux]} auxiliaries and adverbs that sit between a subject and its
 * verb, {@code [stop]} words that end a speaker name after the verb, {@code [anaphor]} the object
 * pronoun of "Lo ha detto X", {@code [relay]} verbs that report only in that shape ("Lo riporta
 * X"), {@code [determiners]}, {@code [zero-that]} verbs whose reported content may follow without a
 * complementiser, {@code [finite]} auxiliaries that show such content is a clause, {@code
 * [evidence]} nouns between "according to" and its source ("data"), {@code [source-of]} the
 * preposition after them ("from"), {@code [titled]} words after which a quote is a title, {@code
 * [relative]} relative pronouns, {@code [honorifics]} short words that start a name, {@code [and]}
 * conjunctions after which a verb shares the clause's subject, {@code [as]} the word of "as X said,
 * …"), {@code [thus]} the word of "«…». Così il ministro X." that opens an attribution without a
 * verb after a quote), {@code [perfect-infinitive]} the auxiliary of a bare perfect infinitive that
 * opens reported content right after the verb ("negó haber …"), {@code [source-relative]} the
 * relative of "X, secondo cui …", {@code [but]} contrast words that open a clause of their own,
 * {@code [agent]} the preposition of a passive's agent, {@code [thing]} the word of "…, cosa che X
 * ha detto", {@code [passive]} passive auxiliaries, {@code [reflexive]} the pronoun of a pronominal
 * verb, {@code [clitics]} articles that are also object pronouns.
 *
 * <p>All words are keys: lower case, typographic apostrophes made plain. Languages without files
 * use the English lists. Immutable; one instance per language is cached.
 */
public final class QuoteLexicon {
  private static final String FALLBACK = "en";
  private static final Map<String, QuoteLexicon> CACHE = new ConcurrentHashMap<>();

  private final String language;
  private final Set<String> verbs;
  private final Map<String, Set<String>> sections;
  private final List<List<String>> according;

  private QuoteLexicon(
      String language,
      Set<String> verbs,
      Map<String, Set<String>> sections,
      List<List<String>> according) {
    this.language = language;
    this.verbs = Set.copyOf(verbs);
    this.sections = Map.copyOf(sections);
    this.according = List.copyOf(according);
  }

  /** The lexicon of a language, or the English one when the language has no lists. */
  public static QuoteLexicon forLanguage(String language) {
    String lang = language.toLowerCase(Locale.ROOT);
    return CACHE.computeIfAbsent(
        lang,
        l ->
            QuoteLexicon.class.getResource("verbs-" + l + ".txt") == null
                ? load(FALLBACK)
                : load(l));
  }

  /**
   * The key of a word: composed Unicode (pages may spell "é" as "e" plus an accent), lower case,
   * plain apostrophe.
   */
  public static String key(String word) {
    String composed =
        Normalizer.isNormalized(word, Normalizer.Form.NFC)
            ? word
            : Normalizer.normalize(word, Normalizer.Form.NFC);
    return composed.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  public String language() {
    return language;
  }

  public boolean verb(String key) {
    return verbs.contains(key);
  }

  public boolean complementiser(String key) {
    return in("that", key);
  }

  /** An infinitive marker right after the verb: "ha affermato di non", "a affirmé d'avoir". */
  public boolean infinitiveMarker(String key) {
    return in("of", key);
  }

  /**
   * Whether an infinitive marker after this verb opens reported content: always, unless the
   * language lists the verbs that take one ("pledged to be", not "added to its losses").
   */
  public boolean takesInfinitive(String verbKey) {
    Set<String> listed = sections.get("of-verbs");
    return listed == null || listed.contains(verbKey);
  }

  /** "data", "chiffres", "dati": a noun before the real source of "according to data from X". */
  public boolean evidence(String key) {
    return in("evidence", key);
  }

  /** "from", "di", "de": the preposition between an evidence noun and its source. */
  public boolean sourceOf(String key) {
    return in("source-of", key);
  }

  /** "intitolato", "titled", "intitulé": a quote right after one is a title. */
  public boolean titled(String key) {
    return in("titled", key);
  }

  /** "who", "che", "quien", "qui": a relative pronoun opening a clause on the speaker. */
  public boolean relative(String key) {
    return in("relative", key);
  }

  /**
   * "cui", "lequel", "cual": the relative after "according to" that makes the name before it the
   * source ("Al Jazeera, secondo cui …").
   */
  public boolean sourceRelative(String key) {
    return in("source-relative", key);
  }

  /**
   * "mais", "ma", "but": after a comma, it opens the clause that a following "comme l'explique X"
   * governs.
   */
  public boolean but(String key) {
    return in("but", key);
  }

  /** "par", "da", "by": after a participle, the agent of a passive ("cité par le journal"). */
  public boolean agent(String key) {
    return in("agent", key);
  }

  /**
   * "cosa", "ce", "lo": before a complementiser after a comma, "…, cosa che l'ONU aveva fatto
   * sapere" points back to the clause before.
   */
  public boolean thing(String key) {
    return in("thing", key);
  }

  /** "est", "viene", "was": the auxiliary of a passive right before a participle. */
  public boolean passive(String key) {
    return in("passive", key);
  }

  /** "s'", "si", "se": before a passive auxiliary, a pronominal verb ("s'est dit"). */
  public boolean reflexive(String key) {
    return in("reflexive", key);
  }

  /** "le", "lo", "la": an article that may also be an object pronoun before an infinitive. */
  public boolean clitic(String key) {
    return in("clitics", key);
  }

  /** "Mr", "Mme", "Sr": a short word that starts a name. */
  public boolean honorific(String key) {
    return in("honorifics", key);
  }

  /** "as", "come", "como", "comme": opening a sentence before a saying verb, "as X said, …". */
  public boolean asWord(String key) {
    return in("as", key);
  }

  /** "così", "así", "ainsi": after a quote, "Così il ministro X." attributes it. */
  public boolean thusWord(String key) {
    return in("thus", key);
  }

  /** "haber", "avoir", "having": "confesó haber estado …" reports without a complementiser. */
  public boolean perfectInfinitive(String key) {
    return in("perfect-infinitive", key);
  }

  /** "and", "et", "e", "y": a verb after one shares the clause's subject. */
  public boolean conjunction(String key) {
    return in("and", key);
  }

  public boolean pronoun(String key) {
    return in("pronouns", key);
  }

  /** "je", "we": the writer, never a speaker found in the text. */
  public boolean firstPerson(String key) {
    return in("first-person", key);
  }

  public boolean speakerNoun(String key) {
    return in("speakers", key);
  }

  public boolean auxiliary(String key) {
    return in("aux", key);
  }

  public boolean stop(String key) {
    return in("stop", key);
  }

  /**
   * "riporta" of "Lo riporta l'agenzia": a verb that reports only in that shape; elsewhere it has
   * other senses ("ha riportato ferite", "una nota riportata dai media").
   */
  public boolean relay(String key) {
    return in("relay", key);
  }

  public boolean anaphor(String key) {
    return in("anaphor", key);
  }

  /** English verbs that take reported content without "that" ("said he would"). */
  public boolean zeroThat(String key) {
    return in("zero-that", key);
  }

  /** English finite auxiliaries that mark a clause after a "that"-less reporting verb. */
  public boolean finite(String key) {
    return in("finite", key);
  }

  public boolean determiner(String key) {
    return in("determiners", key);
  }

  /** "lire" of "peut-on lire dans Le Monde": the source follows after a preposition. */
  public boolean reading(String key) {
    return in("reading", key);
  }

  /** The "according to" phrases, each as its word keys. */
  public List<List<String>> according() {
    return according;
  }

  private boolean in(String section, String key) {
    return sections.getOrDefault(section, Set.of()).contains(key);
  }

  private static QuoteLexicon load(String lang) {
    Set<String> verbs = new HashSet<>();
    for (String line : lines("verbs-" + lang + ".txt")) {
      for (String w : line.split("\\s+")) {
        verbs.add(key(w));
      }
    }
    Map<String, Set<String>> sections = new HashMap<>();
    List<List<String>> according = new ArrayList<>();
    String section = "";
    for (String line : lines("cues-" + lang + ".txt")) {
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1);
      } else if (section.equals("according")) {
        according.add(List.of(key(line).split("\\s+")));
      } else {
        Set<String> words = sections.computeIfAbsent(section, s -> new HashSet<>());
        for (String w : line.split("\\s+")) {
          words.add(key(w));
        }
      }
    }
    return new QuoteLexicon(lang, verbs, sections, according);
  }

  /** Non-blank lines of a resource without comments, trimmed. */
  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    InputStream in = QuoteLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      return out;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String t = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read quote lexicon " + resource, e);
    }
    return out;
  }
}
