package org.rassegna.nlp.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells a nominal trigger that only names an event inside a prepositional phrase ("since the attack
 * of 7 October", "lors de l'attaque de l'Ukraine", "en los ataques terroristas", "sull'attentato")
 * from one the clause asserts ("the protests degrade ...", "ha avuto un colloquio").
 *
 * <p>Why: the labelling criteria code events asserted by a clause, not events named in a noun
 * phrase of another clause, and such background nouns were the coder's most frequent false events
 * on the development passages (old attacks, wars and meetings recalled for context). The rule looks
 * back from the noun over at most {@value #MAX_MODIFIERS} articles, demonstratives, numbers and
 * "new/recent" words; a preposition there makes the noun background. Kept anyway: states that
 * prepositions predicate ("in visita", "on strike", "en grève"), participation ("took part in the
 * protest", "partecipato alla manifestazione") and casualty reports ("killed in an airstrike",
 * {@link Casualties}).
 */
final class BackgroundNoun {
  private static final int MAX_MODIFIERS = 3;

  private static final Map<String, Set<String>> PREPOSITIONS =
      Map.of(
          "it",
          Set.of(
              "di", "del", "dello", "della", "dei", "degli", "delle", "dell'", "d'", "al", "allo",
              "alla", "ai", "agli", "alle", "all'", "dal", "dallo", "dalla", "dai", "dagli",
              "dalle", "dall'", "in", "nel", "nello", "nella", "nei", "negli", "nelle", "nell'",
              "su", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull'", "per", "dopo",
              "durante", "tra", "fra", "contro", "a", "con", "senza"),
          "en",
          Set.of(
              "of",
              "in",
              "after",
              "before",
              "during",
              "since",
              "from",
              "amid",
              "amidst",
              "over",
              "following",
              "despite",
              "about",
              "on",
              "at",
              "for",
              "into",
              "against",
              "under",
              "through",
              "toward",
              "towards",
              "without",
              "among",
              "between",
              "like",
              "to",
              "with",
              "by",
              "upon",
              "within",
              "across"),
          "es",
          Set.of(
              "de", "del", "al", "en", "tras", "desde", "durante", "por", "para", "contra", "sobre",
              "sin", "ante", "entre", "hacia", "hasta", "a", "con"),
          "fr",
          Set.of(
              "de", "d'", "du", "au", "aux", "en", "dans", "depuis", "apres", "avant", "pendant",
              "lors", "par", "pour", "contre", "sur", "sous", "sans", "suite", "malgre", "parmi",
              "entre", "vers", "a", "avec"),
          "pt",
          Set.of(
              "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "apos", "durante",
              "desde", "contra", "sobre", "pelo", "pela"),
          "de",
          Set.of(
              "von", "vom", "nach", "seit", "wahrend", "vor", "bei", "beim", "im", "gegen", "uber",
              "trotz", "wegen"));

  /** Articles, demonstratives and time adjectives that may stand between preposition and noun. */
  private static final Set<String> MODIFIERS =
      Set.of(
          "the",
          "a",
          "an",
          "this",
          "that",
          "these",
          "those",
          "its",
          "their",
          "his",
          "her",
          "new",
          "recent",
          "latest",
          "last",
          "first",
          "il",
          "lo",
          "la",
          "i",
          "gli",
          "le",
          "l'",
          "un",
          "una",
          "uno",
          "un'",
          "suo",
          "sua",
          "suoi",
          "sue",
          "loro",
          "questo",
          "questa",
          "quella",
          "quel",
          "nuovo",
          "nuova",
          "recente",
          "ultimo",
          "ultima",
          "primo",
          "prima",
          "el",
          "los",
          "las",
          "su",
          "sus",
          "este",
          "esta",
          "estos",
          "estas",
          "ese",
          "esa",
          "nuevo",
          "nueva",
          "reciente",
          "les",
          "une",
          "son",
          "sa",
          "ses",
          "leur",
          "leurs",
          "ce",
          "cet",
          "cette",
          "ces",
          "nouveau",
          "nouvelle",
          "nouvel",
          "dernier",
          "derniere",
          "premier",
          "premiere",
          "o",
          "os",
          "as",
          "um",
          "uma",
          "seu",
          "der",
          "die",
          "das",
          "den",
          "dem",
          "des",
          "ein",
          "eine",
          "einen",
          "einem",
          "einer",
          "jungsten",
          "neuen");

  /** Noun stems a preposition predicates rather than backgrounds ("in visita", "on strike"). */
  private static final List<String> STATE_STEMS =
      List.of("visit", "scioper", "strike", "grev", "huelg", "protest");

  /**
   * Nouns of a message whose content the trigger noun names: "un messaggio di indignazione", "a
   * statement of support", "un mensaje de apoyo", "une lettre de soutien". Sending it is the event,
   * so the noun after "di/of/de" is asserted (keys, pooled over the languages).
   */
  private static final Set<String> MESSAGES =
      Set.of(
          "messaggio",
          "messaggi",
          "nota",
          "dichiarazione",
          "comunicato",
          "lettera",
          "parole",
          "telegramma",
          "gesto",
          "segno",
          "message",
          "messages",
          "statement",
          "statements",
          "letter",
          "note",
          "words",
          "gesture",
          "sign",
          "expression",
          "expressions",
          "mensaje",
          "mensajes",
          "carta",
          "comunicado",
          "declaracion",
          "senal",
          "lettre",
          "communique",
          "declaration",
          "geste",
          "signe",
          "mot",
          "mots",
          "mensagem");

  private BackgroundNoun() {}

  /** Whether the nominal {@code hit} sits inside a prepositional phrase of its sentence. */
  static boolean is(String language, List<String> keys, TriggerHit hit) {
    return is(language, keys, hit, new boolean[keys.size()], new int[keys.size()]);
  }

  /**
   * As {@link #is(String, List, TriggerHit)}, where words of an actor may also stand between
   * preposition and noun ("in the wake of the police killing", "after Israeli strikes").
   *
   * @param actorWord per token of {@code keys}, whether it belongs to an actor mention
   * @param clauses per token, its clause number: the preposition must be in the noun's clause
   */
  static boolean is(
      String language, List<String> keys, TriggerHit hit, boolean[] actorWord, int[] clauses) {
    Set<String> prepositions = PREPOSITIONS.get(language);
    if (!hit.nominal() || prepositions == null || state(keys.get(hit.first()))) {
      return false;
    }
    int i = hit.first() - 1;
    int skipped = 0;
    while (i >= 0 && skipped < MAX_MODIFIERS && (modifier(keys.get(i)) || actorWord[i])) {
      i--;
      skipped++;
    }
    if (i < 0 || clauses[i] != clauses[hit.first()] || !prepositions.contains(keys.get(i))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    String head = keys.get(i - 1);
    return !(participation(head) || MESSAGES.contains(head) || casualtyReport(keys, i));
  }

  /**
   * "took part in", "partecipato alla", "participé à", "participaron en": taking part asserts the
   * event. Only these stems, since "parti/partie" are also parties and parts ("le parti
   * dell'aggressione").
   */
  private static boolean participation(String key) {
    return key.equals("part") || key.startsWith("partecip") || key.startsWith("particip");
  }

  /**
   * "sono morti a causa di un raid", "killed in an airstrike": the phrase reports the attack that
   * caused the casualties. The preposition may be a compound ("a causa di", "à cause de").
   */
  private static boolean casualtyReport(List<String> keys, int preposition) {
    return Casualties.before(keys, preposition).isPresent();
  }

  private static boolean modifier(String key) {
    return MODIFIERS.contains(key) || (!key.isEmpty() && key.chars().allMatch(Character::isDigit));
  }

  private static boolean state(String key) {
    for (String stem : STATE_STEMS) {
      if (key.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }
}
