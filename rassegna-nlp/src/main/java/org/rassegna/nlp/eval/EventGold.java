package org.rassegna.nlp.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The event-coded gold sentences of the shared data folder (PLOVER GSR, PETRARCH2 GSR and the three
 * UniversalPetrarch Spanish sets), and their fixed split into the part the event-type model learns
 * from and the held-out fifth it is scored on.
 *
 * <p>The split goes by a hash of the sentence text, so it is the same on every run and for every
 * copy of a sentence, and does not depend on the order of the files.
 */
public final class EventGold {
  /** One sentence in this many is held out. */
  static final int FOLDS = 5;

  private EventGold() {}

  /** All gold sentences under {@code shared} ({@code data/events}, {@code data/kb/plover}). */
  public static List<GoldSentence> read(Path shared) throws IOException {
    Path events = shared.resolve("data/events");
    CameoToPlover cameo =
        CameoToPlover.read(shared.resolve("data/kb/plover/CAMEO2PLOVER-2021.txt"));
    GoldSentenceReader reader = new GoldSentenceReader(cameo);
    Path petr = events.resolve("petrarch-validation");
    List<GoldSentence> gold = new ArrayList<>();
    gold.addAll(
        GoldSentenceReader.plover(
            events.resolve("plover-gsr/PLOVER_GSR_CAMEO.json"), "plover-gsr"));
    gold.addAll(reader.petrarch(petr.resolve("PETR2_GSR_validation.xml.gz"), "petr2-gsr", "en"));
    gold.addAll(
        reader.petrarch(
            petr.resolve("spanish_protest_plover_validation.xml.gz"), "es-protest", "es"));
    gold.addAll(
        reader.petrarch(petr.resolve("spanish_validation_1018_noaccent.xml.gz"), "es-1018", "es"));
    gold.addAll(
        reader.petrarch(
            petr.resolve("spanish_fight_reduced_181227v2_validation.xml.gz"), "es-fight", "es"));
    return gold;
  }

  /** Whether the type model must not learn from this sentence. */
  public static boolean heldOut(GoldSentence g) {
    return Math.floorMod(g.text().hashCode(), FOLDS) == 0;
  }

  /** The sentences the model learns from. */
  public static List<GoldSentence> training(List<GoldSentence> gold) {
    return gold.stream().filter(g -> !heldOut(g)).toList();
  }

  /** The held-out fifth. */
  public static List<GoldSentence> heldOut(List<GoldSentence> gold) {
    return gold.stream().filter(EventGold::heldOut).toList();
  }
}
