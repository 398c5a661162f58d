package org.rassegna.nlp.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Per-language abbreviations that end in a full stop but do not end a sentence ("Sig.", "Dott.",
 * "Gen.", "z.B."). Titles before names matter most: a break after them would cut a person's name in
 * two. Lower-cased, without the final full stop.
 */
final class Abbreviations {

  private static final List<String> COMMON =
      List.of(
          "gen", "col", "lt", "sgt", "capt", "cap", "dr", "prof", "mr", "mrs", "ms", "st", "no",
          "nr", "vol", "ca", "cf", "jr", "sr", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "vs", "mt",
          "ft", "gov", "sen", "rep", "pres", "adm", "maj", "ing", "avv", "on");

  private static final Map<String, List<String>> BY_LANGUAGE =
      Map.of(
          "it",
          List.of(
              "sig",
              "sigg",
              "sig.ra",
              "sig.na",
              "dott",
              "dott.ssa",
              "dr.ssa",
              "prof.ssa",
              "ing",
              "avv",
              "arch",
              "rag",
              "geom",
              "on",
              "sen",
              "mons",
              "gen",
              "pag",
              "pagg",
              "art",
              "artt",
              "ecc",
              "n",
              "cfr",
              "s.p.a",
              "s.r.l",
              "ss",
              "gr",
              "fig",
              "tel",
              "p.es"),
          "en",
          List.of(
              "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
              "inc", "corp", "ltd", "co", "gen", "gov", "sen", "rep", "rev", "hon"),
          "es",
          List.of(
              "sr", "sra", "srta", "dr", "dra", "lic", "ing", "arq", "gral", "av", "núm", "pág",
              "ee.uu", "etc", "ud", "uds", "d", "dña"),
          "fr",
          List.of(
              "m", "mm", "mme", "mlle", "mgr", "me", "dr", "pr", "gén", "av", "bd", "env", "p.ex",
              "cf", "etc", "st", "ste"),
          "de",
          List.of(
              "z.b", "d.h", "u.a", "bzw", "usw", "vgl", "ca", "nr", "hr", "fr", "dr", "prof", "str",
              "bzw", "evtl", "ggf", "inkl", "s.o", "u.s.w", "o.ä", "sog", "jh"),
          "pt",
          List.of("sr", "sra", "srta", "dr", "dra", "prof", "eng", "av", "pág", "etc", "gen"),
          "ru",
          List.of(
              "г", "гг", "т.е", "т.к", "т.д", "т.п", "др", "пр", "ул", "им", "млн", "млрд", "тыс",
              "руб", "см", "стр", "проф", "акад", "ген"));

  private Abbreviations() {}

  /** The abbreviations of a language plus the shared ones. */
  static Set<String> forLanguage(String language) {
    Set<String> out = new HashSet<>(COMMON);
    out.addAll(BY_LANGUAGE.getOrDefault(language.toLowerCase(Locale.ROOT), List.of()));
    return Set.copyOf(out);
  }
}
