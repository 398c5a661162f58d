package org.rassegna.extract.text.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words that mark a line as page furniture rather than article text, in the languages of {@link
 * Stopwords}. Two strengths: legal and consent notices are boilerplate wherever they stand and
 * however long they are; navigation, sharing and section-heading words only count on short lines,
 * since an article sentence may well say "share" or "latest". Patterns are written in lower case
 * and matched against the lower-cased line, which is much cheaper than case-insensitive matching.
 */
public final class BoilerplateCues {

  /** How strongly a line's own words say it is boilerplate. */
  public enum Cue {
    NONE,
    /** A short line made of navigation, sharing or section-heading words. */
    SHORT,
    /** A copyright, rights, cookie or consent notice. */
    STRONG
  }

  /** Lines up to this many words can be navigation or headings. */
  public static final int SHORT_LINE_WORDS = 8;

  /** Legal and consent notices are longer than menus but shorter than this. */
  public static final int NOTICE_WORDS = 60;

  private static final Pattern STRONG =
      Pattern.compile(
          "©|\\(c\\)\\s*\\d{4}|^[^\\p{L}\\p{N}]*copyright\\b|copyright\\s*(\\(c\\)|\\d{4})|all rights reserved|diritti riservati"
              + "|derechos reservados|droits réservés|rechte vorbehalten|direitos reservados"
              + "|права защищены|\\buses? cookies\\b|\\bcookie (policy|settings|preferences)"
              + "|utilizza (i )?cookie|utiliza cookies|utilise des cookies|verwendet cookies"
              + "|registered trademarks?|trademarks? of|enable javascript|javascript (is )?disabled|ad ?blocker");

  private static final Pattern SHORT =
      Pattern.compile(
          "^[^\\p{L}\\p{N}]*(related|read more|read also|see also|more from|more on|most popular|most read"
              + "|latest|trending|recommended|you may also like|you might also like|top stories"
              + "|shares?|share this|click to (?:share|email|print)|tweet|print|email|e-mail|facebook|twitter|whatsapp|linkedin"
              + "|pinterest|reddit|subscribe|sign in|sign up|log in|login|register|newsletter"
              + "|advertisement|sponsored|comments?|reply|tags|filed under|categories|previous"
              + "|next|back to top|skip to|menu|search|home|contact|about us|privacy|terms"
              + "|leggi anche|le più recenti|più letti|ultime notizie|articoli correlati"
              + "|condividi|commenti|pubblicità|abbonati|iscriviti|lee también|más leídos"
              + "|relacionad[oa]s|compartir|comentarios|publicidad|suscríbete|lire aussi"
              + "|à lire aussi|les plus lus|voir aussi|partager|commentaires|publicité|abonnez"
              + "|mehr zum thema|lesen sie auch|meistgelesen|teilen|kommentare|anzeige|werbung"
              + "|abonnieren|leia também|mais lidas|compartilhar|assine|читайте также"
              + "|поделиться|комментарии|реклама|подписаться)\\b");

  private BoilerplateCues() {}

  /** The cue of a line of {@code words} words. */
  public static Cue of(String line, int words) {
    if (words > NOTICE_WORDS) {
      return Cue.NONE;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    if (STRONG.matcher(lower).find()) {
      return Cue.STRONG;
    }
    if (words <= SHORT_LINE_WORDS && SHORT.matcher(lower).find()) {
      return Cue.SHORT;
    }
    return Cue.NONE;
  }
}
