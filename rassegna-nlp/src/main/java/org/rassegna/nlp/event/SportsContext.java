package org.rassegna.nlp.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises sports text, which holds no political events but is full of their words: teams named
 * after countries "beat", "attack" and "defeat" each other ("Switzerland beat Gibraltar 6-0",
 * "ganar 4-0 a Argentina", "il giocatore inglese colpito da arresto cardiaco").
 *
 * <p>Cues are match scores ("6-0", "1 - 1") and per-language words that hardly occur outside sport
 * ("goalkeeper", "calciatore", "goles", "championnat"); ambiguous words ("match", "league",
 * "partido", "but") are left out. A sentence with a cue is sport; an article with {@value
 * #ARTICLE_CUES} or more cues is sport as a whole.
 */
final class SportsContext {
  static final int ARTICLE_CUES = 2;

  /** A score: two small numbers joined by a dash, not part of a longer number or a date. */
  private static final Pattern SCORE =
      Pattern.compile("(?<![\\d.,/\\-–])\\d{1,2} ?[-–] ?\\d{1,2}(?![\\d.,/\\-–%°])");

  private static final Map<String, Set<String>> WORDS =
      Map.of(
          "en",
          Set.of(
              "goalkeeper",
              "striker",
              "midfielder",
              "quarterfinal",
              "quarterfinals",
              "semifinal",
              "semifinals",
              "playoff",
              "playoffs",
              "halftime",
              "hat-trick",
              "tournament",
              "championship",
              "footballer",
              "touchdown",
              "innings"),
          "it",
          Set.of(
              "partita",
              "campionato",
              "gol",
              "calciatore",
              "calciatori",
              "giocatore",
              "giocatori",
              "allenatore",
              "torneo",
              "semifinale",
              "portiere",
              "attaccante",
              "centrocampista"),
          "es",
          Set.of(
              "goles",
              "gol",
              "torneo",
              "cuartos",
              "semifinal",
              "campeonato",
              "futbolista",
              "jugador",
              "jugadores",
              "entrenador",
              "portero",
              "delantero",
              "jonrones"),
          "fr",
          Set.of(
              "tournoi",
              "championnat",
              "footballeur",
              "joueur",
              "joueurs",
              "entraineur",
              "demi-finale",
              "mi-temps",
              "attaquant",
              "penalty"),
          "pt",
          Set.of("golos", "gols", "torneio", "campeonato", "jogador", "treinador", "futebolista"),
          "de",
          Set.of(
              "tore",
              "torwart",
              "sturmer",
              "turnier",
              "meisterschaft",
              "trainer",
              "spieler",
              "halbfinale",
              "viertelfinale"));

  private SportsContext() {}

  /** How many sports cues {@code text} (a sentence or an article) holds, given its keys. */
  static int cues(String language, String text, List<String> keys) {
    int n = 0;
    Matcher m = SCORE.matcher(text);
    while (m.find()) {
      n++;
    }
    Set<String> words = WORDS.getOrDefault(language, Set.of());
    for (String k : keys) {
      if (words.contains(k)) {
        n++;
      }
    }
    return n;
  }
}
