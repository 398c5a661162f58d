package org.rassegna.extract.text.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compact lists of the most frequent function words per language (ISO 639-1), used twice: to guess
 * a page's language by vote, and to tell prose (many function words) from menus, names and
 * headlines (few). Lists are short on purpose: the most frequent forty to sixty words carry almost
 * all of the signal, and elided forms ({@code l}, {@code d}, {@code dell}) are included because the
 * tokeniser splits at apostrophes.
 */
public final class Stopwords {
  private static final Map<String, Set<String>> LISTS = new LinkedHashMap<>();

  static {
    add(
        "en",
        "the a an and or but of to in on at for with from by as is are was were be been has have"
            + " had it its this that these those he she they we you i his her their our not no will"
            + " would can could said which who what when there than then also about after into"
            + " more one if so do does did up out all just s t");
    add(
        "it",
        "il lo la i gli le un una uno di a da in con su per tra fra e ed o ma che non è del della"
            + " dei delle degli dello al alla ai alle nel nella nei sul sulla si ci anche come più"
            + " sono ha hanno questo questa era essere stato dal dalla se suo sua loro l d c all"
            + " dell nell sull quando dopo");
    add(
        "es",
        "el la los las un una unos de del a al en con por para y o pero que no es son fue se su"
            + " sus lo le les como más este esta esto ha han había entre sobre también muy sin"
            + " hasta desde cuando ya porque ser está");
    add(
        "fr",
        "le la les l un une des de du d à au aux en dans par pour sur avec et ou mais que qui ne"
            + " pas est sont a ont été être il elle ils elles nous vous on se ce cette ces son sa"
            + " ses leur plus comme qu n s c y tout");
    add(
        "de",
        "der die das den dem des ein eine einen einem einer und oder aber in im an am auf aus"
            + " bei mit nach von vom zu zum zur für über ist sind war wurde werden hat haben nicht"
            + " auch sich es er sie wir ich dass als wie noch nur so bis um");
    add(
        "pt",
        "o a os as um uma de do da dos das em no na nos nas por para com e ou mas que não é são"
            + " foi se seu sua como mais ao à pelo pela entre também já está ser tem ele ela");
    add(
        "nl",
        "de het een en of maar van in op aan met voor door bij naar uit is zijn was werd worden"
            + " heeft hebben niet ook dat die dit er hij zij we je ze als om te nog wel al");
    add(
        "ru",
        "и в во не на что с со по к из за от для о об у до как это он она они мы вы я его ее их"
            + " но а же бы был была были быть так уже также только или при который которые после");
    add(
        "pl",
        "i w we z ze na do nie się że to jest są był była od po o dla jak ale a czy jego jej ich"
            + " przez przy tak już też tym tego które który");
    add(
        "id",
        "yang dan di ke dari ini itu dengan untuk tidak ada dalam akan pada juga atau bisa kita"
            + " kami saya mereka sudah karena oleh sebagai");
    add(
        "sv",
        "och i att det som en ett på är av för med till den har de inte om var jag han hon men så"
            + " från vid");
  }

  private static final int[] NONE = new int[0];

  private static final List<String> LANGUAGES = List.copyOf(LISTS.keySet());

  /** For each listed word, the indexes in {@link #LANGUAGES} of the languages listing it. */
  private static final Map<String, int[]> LANGUAGES_OF = invert();

  private Stopwords() {}

  private static Map<String, int[]> invert() {
    Map<String, int[]> out = new HashMap<>();
    for (int i = 0; i < LANGUAGES.size(); i++) {
      for (String w : LISTS.get(LANGUAGES.get(i))) {
        int[] old = out.getOrDefault(w, NONE);
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = i;
        out.put(w, grown);
      }
    }
    return Map.copyOf(out);
  }

  private static void add(String lang, String words) {
    LISTS.put(lang, Set.copyOf(Arrays.asList(words.split(" "))));
  }

  /** The function words of {@code lang}, empty for a language without a list. */
  public static Set<String> of(String lang) {
    return LISTS.getOrDefault(lang, Set.of());
  }

  /**
   * The language whose function words occur most often among {@code words}, when they make at least
   * one word in twenty and number at least three: below that the text is too short or in a language
   * without a list, and no guess beats a wrong one.
   */
  public static Optional<String> guessLanguage(Collection<String> words) {
    int[] hits = new int[LANGUAGES.size()];
    for (String w : words) {
      for (int lang : LANGUAGES_OF.getOrDefault(w, NONE)) {
        hits[lang]++;
      }
    }
    String best = null;
    int bestHits = 0;
    for (int i = 0; i < hits.length; i++) {
      if (hits[i] > bestHits) {
        best = LANGUAGES.get(i);
        bestHits = hits[i];
      }
    }
    if (best == null || bestHits < 3 || bestHits * 20 < words.size()) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** Fraction of {@code words} in {@code list}; 0 for no words. */
  public static double ratio(List<String> words, Set<String> list) {
    if (words.isEmpty()) {
      return 0;
    }
    int hits = 0;
    for (String w : words) {
      hits += list.contains(w) ? 1 : 0;
    }
    return (double) hits / words.size();
  }
}
