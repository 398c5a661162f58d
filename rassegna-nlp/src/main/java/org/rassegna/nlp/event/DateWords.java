package org.rassegna.nlp.event;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Per-language date words as lookup keys (lower case, no accents): day offsets from the publication
 * day ("ieri" is -1), weekday names and month names. One table for all languages, since the keys
 * hardly collide and a passage in one language often quotes another.
 */
final class DateWords {
  /** Day offsets relative to the publication day. */
  static final Map<String, Integer> RELATIVE =
      Map.ofEntries(
          Map.entry("oggi", 0),
          Map.entry("stamattina", 0),
          Map.entry("stamani", 0),
          Map.entry("stasera", 0),
          Map.entry("stanotte", 0),
          Map.entry("ieri", -1),
          Map.entry("altroieri", -2),
          Map.entry("avantieri", -2),
          Map.entry("domani", 1),
          Map.entry("today", 0),
          Map.entry("tonight", 0),
          Map.entry("yesterday", -1),
          Map.entry("tomorrow", 1),
          Map.entry("hoy", 0),
          Map.entry("ayer", -1),
          Map.entry("anteayer", -2),
          Map.entry("anoche", -1),
          Map.entry("aujourd'hui", 0),
          Map.entry("hier", -1),
          Map.entry("demain", 1),
          Map.entry("heute", 0),
          Map.entry("gestern", -1),
          Map.entry("vorgestern", -2),
          Map.entry("hoje", 0),
          Map.entry("ontem", -1),
          Map.entry("anteontem", -2),
          Map.entry("amanha", 1),
          Map.entry("сегодня", 0),
          Map.entry("вчера", -1),
          Map.entry("позавчера", -2),
          Map.entry("завтра", 1));

  /** Words that turn a following "ieri"/"hier" into the day before it ("l'altro ieri"). */
  static final Map<String, String> DAY_BEFORE = Map.of("altro", "ieri", "avant", "hier");

  static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

  /** Portuguese weekdays that are ordinals unless "feira" follows ("segunda-feira"). */
  static final Set<String> NEEDS_FEIRA = Set.of("segunda", "terca", "quarta", "quinta", "sexta");

  /** Month names and their usual abbreviations, 1..12. */
  static final Map<String, Integer> MONTHS = months();

  private DateWords() {}

  private static Map<String, DayOfWeek> weekdays() {
    Map<String, DayOfWeek> m = new HashMap<>();
    String[][] names = {
      {"lunedi", "monday", "lunes", "lundi", "montag", "segunda", "понедельник"},
      {"martedi", "tuesday", "martes", "mardi", "dienstag", "terca", "вторник"},
      {"mercoledi", "wednesday", "miercoles", "mercredi", "mittwoch", "quarta", "среду", "среда"},
      {"giovedi", "thursday", "jueves", "jeudi", "donnerstag", "quinta", "четверг"},
      {"venerdi", "friday", "viernes", "vendredi", "freitag", "sexta", "пятницу", "пятница"},
      {"sabato", "saturday", "sabado", "samedi", "samstag", "субботу", "суббота"},
      {"domenica", "sunday", "domingo", "dimanche", "sonntag", "воскресенье"}
    };
    for (int d = 0; d < names.length; d++) {
      for (String n : names[d]) {
        m.put(n, DayOfWeek.of(d + 1));
      }
    }
    return Map.copyOf(m);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new HashMap<>();
    String[][] names = {
      {"gennaio", "january", "jan", "enero", "janvier", "januar", "janeiro", "января"},
      {"febbraio", "february", "feb", "febrero", "fevrier", "februar", "fevereiro", "февраля"},
      {"marzo", "march", "mar", "mars", "marz", "marco", "марта"},
      {"aprile", "april", "apr", "abril", "avril", "апреля"},
      {"maggio", "may", "mayo", "mai", "maio", "мая"},
      {"giugno", "june", "jun", "junio", "juin", "juni", "junho", "июня"},
      {"luglio", "july", "jul", "julio", "juillet", "juli", "julho", "июля"},
      {"agosto", "august", "aug", "aout", "августа"},
      {"settembre", "september", "sep", "sept", "septiembre", "septembre", "setembro", "сентября"},
      {"ottobre", "october", "oct", "octubre", "octobre", "oktober", "outubro", "октября"},
      {"novembre", "november", "nov", "noviembre", "novembro", "ноября"},
      {"dicembre", "december", "dec", "diciembre", "decembre", "dezember", "dezembro", "декабря"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }
}
